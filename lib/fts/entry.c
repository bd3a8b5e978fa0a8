/*
 * Entries and the path buffer they share.
 *
 * An entry is one allocation: the FTSENT with its name, then its struct
 * stat (aligned), as glibc lays them out. Every entry's fts_path is the
 * stream's one path buffer, which holds the path of the entry fts_read
 * returned last; fts_accpath is that buffer too, or the entry's own name
 * when fts moves through the tree with fchdir.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stream.h"

FTSENT *__lwb_fts_alloc(struct fts_stream *s, const char *name, size_t len)
{
	size_t head = offsetof(FTSENT, fts_name) + len + 1;
	size_t align = _Alignof(struct stat);
	FTSENT *p;

	head = (head + align - 1) / align * align;
	p = malloc(head + sizeof(struct stat));
	if (!p)
		return NULL;
	memset(p, 0, offsetof(FTSENT, fts_name));
	memcpy(p->fts_name, name, len);
	p->fts_name[len] = 0;
	p->fts_namelen = (unsigned short)len;
	p->fts_path = s->fts.fts_path;
	p->fts_accpath = s->chdir ? p->fts_name : s->fts.fts_path;
	p->fts_symfd = -1;
	p->fts_instr = FTS_NOINSTR;
	p->fts_statp = (struct stat *)(void *)((char *)p + head);
	memset(p->fts_statp, 0, sizeof(struct stat));
	return p;
}

void __lwb_fts_free(FTSENT *p)
{
	if (p->fts_symfd >= 0)
		close(p->fts_symfd);
	free(p);
}

void __lwb_fts_free_list(FTSENT *p)
{
	while (p) {
		FTSENT *next = p->fts_link;

		__lwb_fts_free(p);
		p = next;
	}
}

static void move_path(FTSENT *p, char *old, char *new)
{
	if (p->fts_path == old)
		p->fts_path = new;
	if (p->fts_accpath == old)
		p->fts_accpath = new;
}

/*
 * The entries alive while a stream is open are the current entry, its
 * ancestors, the siblings still to come after each of them (fts_link),
 * the roots' parent and the list fts_children made.
 */
int __lwb_fts_path_reserve(struct fts_stream *s, size_t len)
{
	char *old = s->fts.fts_path, *new;
	size_t cap = (size_t)s->fts.fts_pathlen;

	if (len < cap)
		return 0;
	/* fts_pathlen is an unsigned short: paths end there. */
	if (len > USHRT_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	while (cap <= len)
		cap = cap ? 2 * cap : 64;
	if (cap > USHRT_MAX + 1)
		cap = USHRT_MAX + 1;
	new = realloc(old, cap);
	if (!new)
		return -1;
	s->fts.fts_path = new;
	s->fts.fts_pathlen = (int)cap;
	if (new == old || !old)
		return 0;
	for (FTSENT *p = s->fts.fts_cur; p; p = p->fts_parent)
		for (FTSENT *q = p; q; q = q->fts_link)
			move_path(q, old, new);
	for (FTSENT *q = s->fts.fts_child; q; q = q->fts_link)
		move_path(q, old, new);
	move_path(s->root_parent, old, new);
	return 0;
}
