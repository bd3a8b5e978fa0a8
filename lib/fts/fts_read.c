/*
 * The next entry of the walk, with glibc's order and reports:
 *
 * - a directory is FTS_D before its entries and FTS_DP after them, the
 *   same FTSENT; one that cannot be read is FTS_D then FTS_DNR; one that
 *   can be read but not entered (fchdir fails) is FTS_D then FTS_DP with
 *   fts_errno; FTS_SKIP, or another device under FTS_XDEV, gives FTS_DP
 *   straight after FTS_D;
 * - fts_set's instruction on the entry returned last is carried out now:
 *   FTS_AGAIN stats it again and returns it again, FTS_FOLLOW stats a link
 *   through to its target and returns it again; on an entry still to come
 *   FTS_SKIP leaves it out and FTS_FOLLOW stats it through a link, except
 *   on a directory's first entry and on a root, which are returned as
 *   they are (glibc's order of checks);
 * - with fchdir, an entry is returned from inside its directory, a root
 *   and a directory's FTS_DP from where the directory was entered; going
 *   back up is by "..", checked against the parent's device and inode, or
 *   by a descriptor kept for a directory entered through a link.
 *
 * The end is NULL with errno 0; a failure that ends the walk (memory, a
 * path longer than fts_pathlen can count, losing the way back) is NULL
 * with errno, and every later call returns NULL.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../copy.h"
#include "stream.h"

static FTSENT *stop(struct fts_stream *s)
{
	s->fts.fts_options |= FTS_STOP;
	return NULL;
}

/* Make p, a directory's entry, current: its path is its parent's, a slash
 * unless that ends in one, and its name. The build reserved the room. */
static FTSENT *load_child(struct fts_stream *s, FTSENT *p)
{
	char *path = s->fts.fts_path;
	size_t len = p->fts_parent->fts_pathlen;

	if (len && path[len - 1] != '/')
		path[len++] = '/';
	lwb_copy(path + len, p->fts_name, (size_t)p->fts_namelen + 1);
	return s->fts.fts_cur = p;
}

/* Make root p current: its whole name becomes the path, and the name
 * what follows the last slash. */
static FTSENT *load_root(struct fts_stream *s, FTSENT *p)
{
	size_t len = p->fts_namelen;
	char *slash;

	s->fts.fts_cur = p;	/* the previous entry is gone */
	if (__lwb_fts_path_reserve(s, len))
		return stop(s);
	memcpy(s->fts.fts_path, p->fts_name, len + 1);
	p->fts_path = p->fts_accpath = s->fts.fts_path;
	p->fts_pathlen = (unsigned short)len;
	if (len > 1 && (slash = strrchr(p->fts_name, '/'))) {
		memmove(p->fts_name, slash + 1, strlen(slash + 1) + 1);
		p->fts_namelen = (unsigned short)strlen(p->fts_name);
	}
	s->fts.fts_dev = p->fts_dev;
	return s->fts.fts_cur = p;
}

/* Stat the current entry again, from where it is reached. */
static int restat(struct fts_stream *s, FTSENT *p, int follow)
{
	int info = __lwb_fts_stat(s, p, AT_FDCWD, p->fts_accpath, follow);

	if (info == FTS_D && follow && s->chdir)
		p->fts_flags |= FTS_SYMFOLLOW;
	return info;
}

/* With fchdir: into directory p, whose entries fts_children read. */
static int enter(FTSENT *p)
{
	struct stat st;
	int fd = openat(AT_FDCWD, p->fts_accpath, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY);
	int e = 0;

	if (fd < 0)
		return -1;
	if (fstat(fd, &st))
		e = errno;
	else if (st.st_dev != p->fts_dev || st.st_ino != p->fts_ino)
		e = ENOENT;
	else if ((p->fts_flags & FTS_SYMFOLLOW) && p->fts_level > FTS_ROOTLEVEL &&
		(p->fts_symfd = openat(AT_FDCWD, ".", O_PATH | O_DIRECTORY | O_CLOEXEC)) < 0)
		e = errno;
	else if (fchdir(fd))
		e = errno;
	close(fd);
	errno = e;
	return e ? -1 : 0;
}

/* With fchdir: out of directory p, back to where it was entered from. */
static int leave(struct fts_stream *s, FTSENT *p)
{
	struct stat st;
	int r;

	if (p->fts_level == FTS_ROOTLEVEL)
		return fchdir(s->fts.fts_rfd);
	if (p->fts_symfd >= 0) {
		r = fchdir(p->fts_symfd);
		close(p->fts_symfd);
		p->fts_symfd = -1;
		return r;
	}
	if (chdir("..") || stat(".", &st))
		return -1;
	if (st.st_dev != p->fts_parent->fts_dev || st.st_ino != p->fts_parent->fts_ino) {
		errno = ENOENT;
		return -1;
	}
	return 0;
}

/* Directory p, just returned as FTS_D: its first entry, or p itself
 * again as FTS_DP, FTS_DNR or FTS_ERR when there is none to go to. */
static FTSENT *descend(struct fts_stream *s, FTSENT *p, int skip)
{
	FTS *fts = &s->fts;
	enum build_failure why = BUILD_FATAL;
	FTSENT *list = NULL;

	if (skip || ((fts->fts_options & FTS_XDEV) && p->fts_dev != fts->fts_dev)) {
		__lwb_fts_free_list(fts->fts_child);
		fts->fts_child = NULL;
		p->fts_info = FTS_DP;
		return p;
	}
	if ((fts->fts_child || s->dropped_list) && (fts->fts_options & FTS_NAMEONLY)) {
		/* Made with (or since) FTS_NAMEONLY: read again below.
		 * glibc clears the bit here, when it finds a list, even one
		 * left from another directory. */
		fts->fts_options &= ~FTS_NAMEONLY;
	} else if (fts->fts_child) {
		/* fts_children read it already. */
		list = fts->fts_child;
		fts->fts_child = NULL;
		if (s->chdir && enter(p)) {
			p->fts_errno = errno;
			__lwb_fts_free_list(list);
			p->fts_info = FTS_DP;
			return p;
		}
	}
	s->dropped_list = 0;
	if (!list) {
		__lwb_fts_free_list(fts->fts_child);
		fts->fts_child = NULL;
		list = __lwb_fts_build(s, p, BUILD_READ, &why);
		if (!list) {
			if (errno && why == BUILD_FATAL)
				return stop(s);
			p->fts_info = errno && why == BUILD_UNREADABLE ? FTS_DNR : FTS_DP;
			return p;
		}
	}
	return load_child(s, list);
}

FTSENT *__wrap_fts_read(FTS *fts)
{
	struct fts_stream *s = stream(fts);
	FTSENT *p = fts->fts_cur, *prev;
	int instr;

	if (!p || (fts->fts_options & FTS_STOP)) {
		if (!p)
			errno = 0;
		return NULL;
	}
	instr = p->fts_instr;
	p->fts_instr = FTS_NOINSTR;
	if (p->fts_info == FTS_INIT)
		goto next;
	if (instr == FTS_AGAIN) {
		/* (A list fts_children made stays, as in glibc.) Through links under FTS_LOGICAL only: a root that
		 * FTS_COMFOLLOW followed is its link again. */
		p->fts_info = (unsigned short)restat(s, p, fts->fts_options & FTS_LOGICAL);
		return p;
	}
	if (instr == FTS_FOLLOW && (p->fts_info == FTS_SL || p->fts_info == FTS_SLNONE)) {
		p->fts_info = (unsigned short)restat(s, p, 1);
		return p;
	}
	if (p->fts_info == FTS_D)
		return descend(s, p, instr == FTS_SKIP);
next:
	/* Moving on: a list fts_children made for p is no use now. (glibc
	 * keeps it, and hands it out as the entries of the next directory
	 * it enters, their parent long freed.) */
	if (fts->fts_child) {
		__lwb_fts_free_list(fts->fts_child);
		fts->fts_child = NULL;
		s->dropped_list = 1;
	}
	prev = p;
	p = p->fts_link;
	if (p) {
		__lwb_fts_free(prev);
		if (p->fts_level == FTS_ROOTLEVEL) {
			if (s->chdir && fchdir(fts->fts_rfd))
				return stop(s);
			return load_root(s, p);
		}
		if (p->fts_instr == FTS_SKIP)
			goto next;
		load_child(s, p);
		if (p->fts_instr == FTS_FOLLOW) {
			p->fts_instr = FTS_NOINSTR;
			p->fts_info = (unsigned short)restat(s, p, 1);
		}
		return p;
	}
	/* The directory's last entry is done: the directory itself, after. */
	p = prev->fts_parent;
	__lwb_fts_free(prev);
	if (p->fts_level == FTS_ROOTPARENTLEVEL) {
		fts->fts_cur = NULL;
		errno = 0;
		return NULL;
	}
	fts->fts_path[p->fts_pathlen] = 0;
	fts->fts_cur = p;
	if (s->chdir && leave(s, p)) {
		p->fts_errno = errno;
		return stop(s);
	}
	p->fts_info = p->fts_errno ? FTS_ERR : FTS_DP;
	return p;
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts_read) fts_read
	__attribute__((__alias__("__wrap_fts_read"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts_read) __lwb_plain_fts_read __asm__("fts_read")
	__attribute__((__alias__("__wrap_fts_read"), __visibility__("hidden")));
#endif
