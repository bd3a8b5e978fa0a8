/*
 * Records what fts_read returns, so tests can state glibc's walks as data:
 * walk_summary() gives one line per entry, "INFO path", e.g. "D a/b".
 */
#ifndef FTSTEST_H
#define FTSTEST_H

#include <sys/types.h>
#include <sys/stat.h>
#include <fts.h>
#include "lwbtest.h"

#define MAX_SEEN 512

struct seen {
	int info;
	char *path;
	char *accpath;
	char *name;
	int namelen;
	int pathlen;
	int level;
	int err;		/* fts_errno */
	mode_t mode;		/* st_mode & S_IFMT, 0 for FTS_NS and FTS_NSOK */
	ino_t ino;
	char *cwd;		/* working directory when it was returned */
	char *parent;		/* the parent's name, "-" for none */
	int parent_level;
	long number;
	void *pointer;
	int fds;		/* descriptors open when it was returned */
};

struct walk {
	struct seen e[MAX_SEEN];
	int n;
	int end_errno;		/* errno when fts_read returned NULL */
	int nostat;		/* fts_statp is not to be read (FTS_NOSTAT:
				 * glibc leaves it unset) */
	int close_result;
};

typedef int (*compar_fn)(const FTSENT **, const FTSENT **);

int by_name(const FTSENT **a, const FTSENT **b);

/* Open, read to the end (or max entries), close; fails the test if
 * fts_open fails. */
void walk_run(struct walk *w, char *const *roots, int options, compar_fn compar);
void walk_record(struct walk *w, const FTSENT *e);
void walk_free(struct walk *w);
/* "INFO path\n" for every entry; the caller frees it. */
char *walk_summary(const struct walk *w);
/* Fails unless the walk is exactly want (lines as walk_summary gives). */
void walk_expect(const struct walk *w, const char *want);
/* The one entry with this path and info; fails unless there is one. */
const struct seen *walk_get(const struct walk *w, const char *path, int info);

const char *info_name(int info);

/* The shared fixture, in the current directory (made by enter_tmpdir):
 *   a/b/c/f3  a/b/f2  a/b/up -> ..  a/f1  a/dang -> nowhere  a/fifo
 *   a/ld -> ../d  a/lf1 -> f1  d/f4  dangroot -> nowhere  lroot -> a */
void tree_basic(void);

/* A test case whose tests each run in a fresh directory from
 * enter_tmpdir() (its absolute path), removed when the case ends. */
TCase *fts_tcase(const char *name);
const char *enter_tmpdir(void);

#endif
