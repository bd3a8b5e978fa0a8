/*
 * What an entry is, as glibc's fts reports it:
 *
 * - following links, a link that cannot be followed (its target is
 *   missing, it loops, ...) is FTS_SLNONE, with the link's own stat; any
 *   other failure is FTS_NS;
 * - a directory named "." or ".." is FTS_DOT (seen with FTS_SEEDOT, and for
 *   a root "." stat'ed again by FTS_AGAIN: fts_open makes roots FTS_D);
 * - a directory that is one of its own ancestors (same device and inode,
 *   through a link or a bind mount) is FTS_DC, fts_cycle the ancestor;
 * - then FTS_D, FTS_SL, FTS_F, and FTS_DEFAULT for everything else.
 *
 * On FTS_NS the stat buffer is zeroed and fts_errno says why.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include "stream.h"

static int is_dot(const FTSENT *p)
{
	return p->fts_name[0] == '.' &&
		(!p->fts_name[1] || (p->fts_name[1] == '.' && !p->fts_name[2]));
}

int __lwb_fts_stat(struct fts_stream *s, FTSENT *p, int dirfd, const char *name, int follow)
{
	struct stat *st = p->fts_statp;

	(void)s;
	p->fts_errno = 0;
	if (fstatat(dirfd, name, st, follow ? 0 : AT_SYMLINK_NOFOLLOW)) {
		int e = errno;

		if (follow && !fstatat(dirfd, name, st, AT_SYMLINK_NOFOLLOW)) {
			errno = 0;
			return FTS_SLNONE;
		}
		p->fts_errno = e;
		memset(st, 0, sizeof *st);
		return FTS_NS;
	}
	if (S_ISDIR(st->st_mode)) {
		/* Only directories get these, as in glibc: a root that is a
		 * link sets fts_dev for FTS_XDEV to 0, and after FTS_FOLLOW
		 * takes it to a directory, that directory counts as on another
		 * device. */
		p->fts_dev = st->st_dev;
		p->fts_ino = st->st_ino;
		p->fts_nlink = st->st_nlink;
		if (is_dot(p))
			return FTS_DOT;
		for (FTSENT *a = p->fts_parent; a && a->fts_level >= FTS_ROOTLEVEL; a = a->fts_parent) {
			if (a->fts_dev == p->fts_dev && a->fts_ino == p->fts_ino) {
				p->fts_cycle = a;
				return FTS_DC;
			}
		}
		return FTS_D;
	}
	if (S_ISLNK(st->st_mode))
		return FTS_SL;
	if (S_ISREG(st->st_mode))
		return FTS_F;
	return FTS_DEFAULT;
}
