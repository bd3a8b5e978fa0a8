/*
 * Entries and the path buffer they share.
 *
 * An entry is the FTSENT with its name, then its struct stat (aligned),
 * as glibc lays them out, preceded by a pointer to the block it was made
 * in. A directory's entries are made in one block as it is read (placed,
 * then given their pointers once the block has stopped growing), and the
 * block is freed when the last of them is: a walk makes a few thousand
 * allocations, not one per file (musl's malloc gives memory back to the
 * system eagerly, and per-entry allocations cost a walk an mmap and a
 * munmap per directory). The stream keeps the last few blocks it freed
 * for the next directories: a directory of directories and a directory of
 * files need blocks of different sizes, turn about.
 *
 * Every entry's fts_path is the stream's one path buffer, which holds the
 * path of the entry fts_read returned last; fts_accpath is that buffer
 * too, or the entry's own name when fts moves through the tree with
 * fchdir.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../copy.h"
#include "stream.h"

struct entry_block {
	struct fts_stream *s;
	size_t live;		/* entries made here and not yet freed */
	size_t size;		/* bytes after this header */
	size_t clean;		/* of which the first so many are zeroed */
	alignas(max_align_t) char data[];
};

struct head {
	struct entry_block *block;
};

#define ALIGN(n, a) (((n) + (a) - 1) / (a) * (a))
#define FTSENT_AT ALIGN(sizeof(struct head), alignof(FTSENT))

static size_t stat_at(size_t namelen)
{
	return ALIGN(FTSENT_AT + offsetof(FTSENT, fts_name) + namelen + 1, alignof(struct stat));
}

size_t __lwb_fts_entry_size(size_t namelen)
{
	return ALIGN(stat_at(namelen) + sizeof(struct stat), alignof(max_align_t));
}

#define SPARES (sizeof ((struct fts_stream *)0)->spare / sizeof (struct entry_block *))

struct entry_block *__lwb_fts_block(struct fts_stream *s, size_t bytes)
{
	struct entry_block *b = NULL;
	size_t best = SPARES;

	/* The smallest spare block that will do. */
	for (size_t i = 0; i < SPARES; i++)
		if (s->spare[i] && s->spare[i]->size >= bytes &&
			(best == SPARES || s->spare[i]->size < s->spare[best]->size))
			best = i;
	if (best < SPARES) {
		b = s->spare[best];
		s->spare[best] = NULL;
	} else {
		b = malloc(sizeof *b + bytes);
		if (!b)
			return NULL;
		b->size = bytes;
	}
	b->s = s;
	b->live = 0;
	/* Zeroed in one go: the entries' fields, and the stat buffers of
	 * entries never stat'ed (FTS_NSOK). One memset per directory, not
	 * two per entry: short memsets are what musl's are slowest at. */
	memset(b->data, 0, bytes);
	b->clean = bytes;
	return b;
}

struct entry_block *__lwb_fts_block_grow(struct entry_block *b, size_t bytes)
{
	if (bytes > b->size) {
		struct entry_block *n = realloc(b, sizeof *n + bytes);

		if (!n)
			return NULL;
		b = n;
		b->size = bytes;
	}
	if (bytes > b->clean) {
		memset(b->data + b->clean, 0, bytes - b->clean);
		b->clean = bytes;
	}
	return b;
}

FTSENT *__lwb_fts_entry_at(struct entry_block *b, size_t off)
{
	return (FTSENT *)(void *)(b->data + off + FTSENT_AT);
}

/* The entry's name and plain fields, at offset off of zeroed memory:
 * nothing that points into the block, which may still move. */
size_t __lwb_fts_place(struct entry_block *b, size_t off, const char *name, size_t len)
{
	FTSENT *p = __lwb_fts_entry_at(b, off);

	lwb_copy(p->fts_name, name, len);
	p->fts_namelen = (unsigned short)len;
	p->fts_symfd = -1;
	p->fts_instr = FTS_NOINSTR;
	return off + __lwb_fts_entry_size(len);
}

/* The pointers, once the block stays where it is. */
FTSENT *__lwb_fts_settle(struct fts_stream *s, struct entry_block *b, size_t off)
{
	char *base = b->data + off;
	FTSENT *p = __lwb_fts_entry_at(b, off);

	((struct head *)(void *)base)->block = b;
	b->live++;
	p->fts_path = s->fts.fts_path;
	p->fts_accpath = s->chdir ? p->fts_name : s->fts.fts_path;
	p->fts_statp = (struct stat *)(void *)(base + stat_at(p->fts_namelen));
	return p;
}

FTSENT *__lwb_fts_alloc(struct fts_stream *s, const char *name, size_t len)
{
	struct entry_block *b = __lwb_fts_block(s, __lwb_fts_entry_size(len));

	if (!b)
		return NULL;
	__lwb_fts_place(b, 0, name, len);
	return __lwb_fts_settle(s, b, 0);
}

size_t __lwb_fts_block_size(const struct entry_block *b)
{
	return b->size;
}

/* Keep b as a spare, in an empty place or instead of a smaller one. */
static void release(struct entry_block *b)
{
	struct fts_stream *s = b->s;
	size_t smallest = 0;

	for (size_t i = 0; i < SPARES; i++) {
		if (!s->spare[i]) {
			s->spare[i] = b;
			return;
		}
		if (s->spare[i]->size < s->spare[smallest]->size)
			smallest = i;
	}
	if (b->size > s->spare[smallest]->size) {
		free(s->spare[smallest]);
		s->spare[smallest] = b;
	} else {
		free(b);
	}
}

/* A block that got no entries. */
void __lwb_fts_block_drop(struct entry_block *b)
{
	release(b);
}

void __lwb_fts_free(FTSENT *p)
{
	struct entry_block *b = ((struct head *)(void *)((char *)p - FTSENT_AT))->block;

	if (p->fts_symfd >= 0)
		close(p->fts_symfd);
	if (!--b->live)
		release(b);
}

void __lwb_fts_free_spare(struct fts_stream *s)
{
	for (size_t i = 0; i < SPARES; i++) {
		free(s->spare[i]);
		s->spare[i] = NULL;
	}
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
