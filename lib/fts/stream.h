/* The state behind an FTS handle, and the helpers shared by the fts
 * functions. Internal to the module. */
#ifndef LWB_FTS_STREAM_H
#define LWB_FTS_STREAM_H

#include <fts.h>
#include <stddef.h>
#include <sys/stat.h>
#include "../lwb.h"

struct fts_stream {
	FTS fts;		/* first: the handle callers hold */
	FTSENT *root_parent;	/* level -1; its fts_link is unused */
	int chdir;		/* moving through the tree with fchdir */
	int dropped_list;	/* fts_read freed a list fts_children made */
	char *dirbuf;		/* getdents64 records */
	struct entry_block *spare[4];	/* blocks no entry uses any more */
};

static inline struct fts_stream *stream(FTS *fts)
{
	return (struct fts_stream *)fts;
}

/* Options after fts_open's adjustments: FTS_LOGICAL follows every link
 * (FTS_PHYSICAL or not) and never changes directory; FTS_NOSTAT takes
 * effect only with FTS_PHYSICAL. */
static inline int fts_follows(const FTS *fts, const FTSENT *p)
{
	return (fts->fts_options & FTS_LOGICAL) ||
		(p->fts_level == FTS_ROOTLEVEL && (fts->fts_options & FTS_COMFOLLOW));
}

/* A new entry for name (len bytes), with no stat information yet. */
LWB_HIDDEN FTSENT *__lwb_fts_alloc(struct fts_stream *s, const char *name, size_t len);
/* Entries made in one block (see entry.c): __lwb_fts_place puts one at
 * an offset, __lwb_fts_settle sets its pointers once the block no longer
 * grows; __lwb_fts_entry_size(namelen) is how far the next one starts. */
struct entry_block;
LWB_HIDDEN size_t __lwb_fts_entry_size(size_t namelen);
LWB_HIDDEN struct entry_block *__lwb_fts_block(struct fts_stream *s, size_t bytes);
LWB_HIDDEN struct entry_block *__lwb_fts_block_grow(struct entry_block *b, size_t bytes);
LWB_HIDDEN size_t __lwb_fts_block_size(const struct entry_block *b);
LWB_HIDDEN void __lwb_fts_block_drop(struct entry_block *b);
LWB_HIDDEN FTSENT *__lwb_fts_entry_at(struct entry_block *b, size_t off);
LWB_HIDDEN size_t __lwb_fts_place(struct entry_block *b, size_t off, const char *name, size_t len);
LWB_HIDDEN FTSENT *__lwb_fts_settle(struct fts_stream *s, struct entry_block *b, size_t off);
/* Free the spare blocks, when the stream closes. */
LWB_HIDDEN void __lwb_fts_free_spare(struct fts_stream *s);
/* Free a list linked by fts_link, closing descriptors the entries hold. */
LWB_HIDDEN void __lwb_fts_free_list(FTSENT *p);
LWB_HIDDEN void __lwb_fts_free(FTSENT *p);
/* Room for a path of len bytes and its terminator in the shared buffer;
 * entries that point into the old buffer are moved. 0, or -1 (ENOMEM,
 * or ENAMETOOLONG past what fts_pathlen can count). */
LWB_HIDDEN int __lwb_fts_path_reserve(struct fts_stream *s, size_t len);
/* Stat p, from directory dirfd (AT_FDCWD: the working directory) under
 * the name name, and return its fts_info. follow: stat through a link. */
LWB_HIDDEN int __lwb_fts_stat(struct fts_stream *s, FTSENT *p, int dirfd,
	const char *name, int follow);
/* Sort a list of n entries with the stream's comparison function,
 * keeping equal entries in order; returns the new head. */
LWB_HIDDEN FTSENT *__lwb_fts_sort(struct fts_stream *s, FTSENT *list, size_t n);

/* Read directory dir into a list of its entries (NULL with errno 0 when
 * it has none). how: */
enum build {
	BUILD_READ,	/* fts_read: end up inside dir when moving by fchdir */
	BUILD_CHILD,	/* fts_children: stay where we are */
	BUILD_NAMES,	/* fts_children with FTS_NAMEONLY */
};
/* On failure NULL with errno, and *why: */
enum build_failure {
	BUILD_UNREADABLE,	/* cannot be read: FTS_DNR, fts_errno set */
	BUILD_UNENTERED,	/* read but cannot be entered: FTS_DP, fts_errno set */
	BUILD_FATAL,		/* out of memory, path too long: the walk ends */
};
LWB_HIDDEN FTSENT *__lwb_fts_build(struct fts_stream *s, FTSENT *dir, enum build how,
	enum build_failure *why);

/* The implementations behind fts_* and fts64_*. */
FTS *__wrap_fts_open(char *const *, int, int (*)(const FTSENT **, const FTSENT **));
FTSENT *__wrap_fts_read(FTS *);
FTSENT *__wrap_fts_children(FTS *, int);
int __wrap_fts_set(FTS *, FTSENT *, int);
int __wrap_fts_close(FTS *);
FTS64 *__wrap_fts64_open(char *const *, int, int (*)(const FTSENT64 **, const FTSENT64 **));
FTSENT64 *__wrap_fts64_read(FTS64 *);
FTSENT64 *__wrap_fts64_children(FTS64 *, int);
int __wrap_fts64_set(FTS64 *, FTSENT64 *, int);
int __wrap_fts64_close(FTS64 *);

/* The fts64 functions hand FTS64 and FTSENT64 to the others as FTS and
 * FTSENT: the same members in the same places. */
#define LWB_SAME_FTS_MEMBER(m) (offsetof(FTS64, m) == offsetof(FTS, m) \
	&& sizeof(((FTS64 *)0)->m) == sizeof(((FTS *)0)->m))
#define LWB_SAME_FTSENT_MEMBER(m) (offsetof(FTSENT64, m) == offsetof(FTSENT, m) \
	&& sizeof(((FTSENT64 *)0)->m) == sizeof(((FTSENT *)0)->m))
_Static_assert(sizeof(FTS64) == sizeof(FTS) && _Alignof(FTS64) == _Alignof(FTS)
	&& LWB_SAME_FTS_MEMBER(fts_cur) && LWB_SAME_FTS_MEMBER(fts_child)
	&& LWB_SAME_FTS_MEMBER(fts_array) && LWB_SAME_FTS_MEMBER(fts_dev)
	&& LWB_SAME_FTS_MEMBER(fts_path) && LWB_SAME_FTS_MEMBER(fts_rfd)
	&& LWB_SAME_FTS_MEMBER(fts_pathlen) && LWB_SAME_FTS_MEMBER(fts_nitems)
	&& LWB_SAME_FTS_MEMBER(fts_compar) && LWB_SAME_FTS_MEMBER(fts_options),
	"FTS64 has FTS's layout");
_Static_assert(sizeof(FTSENT64) == sizeof(FTSENT) && _Alignof(FTSENT64) == _Alignof(FTSENT)
	&& LWB_SAME_FTSENT_MEMBER(fts_cycle) && LWB_SAME_FTSENT_MEMBER(fts_parent)
	&& LWB_SAME_FTSENT_MEMBER(fts_link) && LWB_SAME_FTSENT_MEMBER(fts_number)
	&& LWB_SAME_FTSENT_MEMBER(fts_pointer) && LWB_SAME_FTSENT_MEMBER(fts_accpath)
	&& LWB_SAME_FTSENT_MEMBER(fts_path) && LWB_SAME_FTSENT_MEMBER(fts_errno)
	&& LWB_SAME_FTSENT_MEMBER(fts_symfd) && LWB_SAME_FTSENT_MEMBER(fts_pathlen)
	&& LWB_SAME_FTSENT_MEMBER(fts_namelen) && LWB_SAME_FTSENT_MEMBER(fts_ino)
	&& LWB_SAME_FTSENT_MEMBER(fts_dev) && LWB_SAME_FTSENT_MEMBER(fts_nlink)
	&& LWB_SAME_FTSENT_MEMBER(fts_level) && LWB_SAME_FTSENT_MEMBER(fts_info)
	&& LWB_SAME_FTSENT_MEMBER(fts_flags) && LWB_SAME_FTSENT_MEMBER(fts_instr)
	&& LWB_SAME_FTSENT_MEMBER(fts_statp) && LWB_SAME_FTSENT_MEMBER(fts_name),
	"FTSENT64 has FTSENT's layout");

#endif
