/* Internal to the glob module. */
#ifndef LWB_GLOB_IMPL_H
#define LWB_GLOB_IMPL_H

#include <glob.h>
#include <stddef.h>
#include <sys/stat.h>
#include "../lwb.h"

/* glibc's flag values; musl's <glob.h> has the POSIX ones and
 * GLOB_PERIOD, GLOB_TILDE and GLOB_TILDE_CHECK. */
#define LWB_GLOB_MAGCHAR (1 << 8)
#define LWB_GLOB_ALTDIRFUNC (1 << 9)
#define LWB_GLOB_BRACE (1 << 10)
#define LWB_GLOB_NOMAGIC (1 << 11)
#define LWB_GLOB_TILDE (1 << 12)
#define LWB_GLOB_ONLYDIR (1 << 13)
#define LWB_GLOB_TILDE_CHECK (1 << 14)
#define LWB_GLOB_FLAGS 0x7eff	/* every flag a caller may pass */

/* Not a glibc flag: mark directories with a '/' like GLOB_MARK, for a
 * pattern ending in '/'. It shows in gl_flags as GLOB_MARK until that
 * pattern's glob succeeds (see __lwb_glob_flags). */
#define LWB_GLOB_MARKDIR (1 << 30)

struct dirent;

/* One glob call and what it needs on the way down. */
struct glob_run {
	glob_t *g;		/* results go to g->gl_pathv[g->gl_offs + ...] */
	glob_t *alt;		/* with GLOB_ALTDIRFUNC: whose callbacks */
	size_t cap;		/* room in g->gl_pathv */
	int (*errfunc)(const char *, int);
	char *dirbuf;		/* without: LWB_GLOB_DIRBUF bytes for reading */
	int (*lstat)(const char *, struct stat *);
	int (*stat)(const char *, struct stat *);
	unsigned depth;		/* patterns within patterns, to LWB_GLOB_DEPTH */
};

/* How deep a pattern may nest (braces within braces, directory parts
 * with wildcards, trailing slashes) before glob gives up with
 * GLOB_NOSPACE: each level takes some stack, and glibc's own glob
 * overflows its stack somewhere past 1000 levels. */
#define LWB_GLOB_DEPTH 1000

#define LWB_GLOB_DIRBUF 32768

/* A directory being read (readdir.c). */
struct glob_dir {
	struct glob_run *r;
	void *handle;
	int fd;
	size_t pos, len;
};

/* 0, or -1 with errno. */
LWB_HIDDEN int __lwb_glob_opendir(struct glob_run *r, const char *path, struct glob_dir *d);
LWB_HIDDEN struct dirent *__lwb_glob_readdir(struct glob_dir *d);
LWB_HIDDEN void __lwb_glob_closedir(struct glob_dir *d);

/* A pattern (braces and all), its results added to r->g. Returns 0,
 * GLOB_NOSPACE, GLOB_ABORTED or GLOB_NOMATCH. */
LWB_HIDDEN int __lwb_glob_pattern(struct glob_run *r, const char *pattern, int flags);

/* A pattern without braces to expand. */
LWB_HIDDEN int __lwb_glob_path(struct glob_run *r, const char *pattern, int flags);

/* The names in dirname (0: the pattern had no '/') that match filename
 * (a pattern without '/'), or filename itself when it has no wildcards
 * and exists. */
LWB_HIDDEN int __lwb_glob_in_dir(struct glob_run *r, const char *dirname, const char *filename, int flags);

/* The directory part pattern[0, slash) in a new string (0: out of
 * memory): a backslash quoting the '/' dropped (*own = 0 then), "/" for
 * nothing. */
LWB_HIDDEN char *__lwb_glob_dirname(const char *pattern, const char *slash, int flags, int *own);

/* Add the pattern itself, for GLOB_NOCHECK, with gl_flags = reported. */
LWB_HIDDEN int __lwb_glob_nocheck(struct glob_run *r, const char *pattern, int flags, int reported);

/* dirname with a leading ~ or ~user replaced by the home directory, in a
 * new string; 0 with *error = GLOB_NOSPACE, or with *error =
 * GLOB_NOMATCH under GLOB_TILDE_CHECK when there is no such home, or a
 * copy of dirname when there is none otherwise. */
LWB_HIDDEN char *__lwb_glob_tilde(const char *dirname, int flags, int *error);

/* Whether a part of a pattern needs directories read: the last part
 * (last = 1, or the whole pattern) or a directory part (last = 0). */
LWB_HIDDEN int __lwb_glob_magic(const char *p, int flags, int last);

/* Add a new path (taking ownership; 0 for out of memory). Returns 0 or
 * GLOB_NOSPACE. */
LWB_HIDDEN int __lwb_glob_add(struct glob_run *r, char *path);

/* The gl_flags a step reports for its flags. glibc globs the directory
 * part of a pattern ending in '/' with GLOB_MARK and takes the flag out
 * of gl_flags only when that succeeds: after an error (GLOB_ABORTED in a
 * later directory) gl_flags still says GLOB_MARK. */
LWB_HIDDEN int __lwb_glob_flags(int flags);

/* Under GLOB_MARK (or LWB_GLOB_MARKDIR), a '/' after each result from
 * start on that stat finds to be a directory. */
LWB_HIDDEN int __lwb_glob_mark(struct glob_run *r, size_t start, int flags);

/* Sort the results from start on, as glibc does (strcoll). */
LWB_HIDDEN void __lwb_glob_sort(struct glob_run *r, size_t start);

/* Drop the results from start on. */
LWB_HIDDEN void __lwb_glob_truncate(struct glob_run *r, size_t start);

/* The glibc glob and globfree, for glob64 and globfree64 too. */
LWB_HIDDEN int __lwb_glob(const char *pattern, int flags, int (*errfunc)(const char *, int), glob_t *g);
LWB_HIDDEN void __lwb_globfree(glob_t *g);

#endif
