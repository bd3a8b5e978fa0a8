/*
 * Records what ftw/nftw report, so tests can state glibc's walk as data.
 * The callbacks have no user pointer, so the record is one global; Check
 * runs every test in its own process.
 */
#ifndef WALKTEST_H
#define WALKTEST_H

#include <ftw.h>
#include <sys/stat.h>
#include "lwbtest.h"

#ifndef FTW_ACTIONRETVAL
#error "<ftw.h> must give FTW_ACTIONRETVAL under _GNU_SOURCE"
#endif

struct event {
	char *path;
	int type;
	int base;
	int level;
	mode_t mode;		/* st_mode & S_IFMT, 0 for FTW_NS */
	char *cwd;		/* working directory during the callback */
	int fds;		/* descriptors open during the callback */
};

#define MAX_EVENTS 4096

struct record {
	struct event ev[MAX_EVENTS];
	int n;
	/* Answer `value` for the entry whose path is `path` (any type when
	 * `type` is -1); 0 for everything else. */
	const char *path;
	int type;
	int value;
	int no_fd_count;	/* leave fds 0: the test capped the table */
};

extern struct record rec;

int rec_nftw(const char *path, const struct stat *st, int type, struct FTW *f);
int rec_ftw(const char *path, const struct stat *st, int type);
void rec_reset(void);
void rec_answer(const char *path, int type, int value);

/* The event for path; fails the test unless there is exactly one. */
const struct event *rec_get(const char *path);
/* Fails unless path was reported exactly once with this type and level. */
void rec_expect(const char *path, int type, int level);
/* Fails if path was reported. */
void rec_absent(const char *path);
/* Fails unless the events form one depth-first walk: every directory's
 * subtree is contiguous and comes after its FTW_D (or before its FTW_DP
 * when post_order), and each base/level agrees with the path. */
void rec_check_walk(int post_order);

const char *type_name(int type);

/* Under FTW_CHDIR, where glibc runs the callback for an event: inside a
 * directory for its FTW_DP, in the containing directory for everything
 * else (FTW_D and FTW_DNR included). Resolved under top; caller frees. */
char *chdir_expected(const char *top, const struct event *e);
/* Fails unless every recorded event ran where chdir_expected says. */
void rec_check_chdir(const char *top);

/* The shared fixture, in the current directory:
 *   a/b/c/f3  a/b/f2  a/b/up -> ..  a/f1  a/dang -> nowhere
 *   a/ld -> ../d  a/lf1 -> f1  d/f4  dangroot -> nowhere  lroot -> a */
void tree_basic(void);

/* A test case whose tests each get a fresh directory from enter_tmpdir()
 * (mkdtemp, then chdir into it; returns its absolute path, valid until the
 * test ends), all removed by
 * the parent process when the case is done, whatever the tests did. */
TCase *walk_tcase(const char *name);
const char *enter_tmpdir(void);

/* Fails unless the working directory is want. */
void assert_cwd(const char *want);

#endif
