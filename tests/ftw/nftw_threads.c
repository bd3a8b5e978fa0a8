/* Walks in several threads at once share nothing. */
#define _GNU_SOURCE
#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "walktest.h"

#define THREADS 4
#define ROUNDS 40

/* Each thread counts in its own slot, found by the tree's name in the path. */
static int counts[THREADS][8];

static int count(const char *path, const struct stat *st, int type, struct FTW *f)
{
	int t = path[1] - '0';

	(void)st;
	(void)f;
	__atomic_fetch_add(&counts[t][type & 7], 1, __ATOMIC_RELAXED);
	return 0;
}

static void *walker(void *arg)
{
	int t = (int)(long)arg;
	char root[8];
	int flags = t & 1 ? FTW_PHYS : FTW_DEPTH;

	/* No FTW_CHDIR here: it moves the whole process. */
	snprintf(root, sizeof root, "t%d", t);
	for (int i = 0; i < ROUNDS; i++)
		if (nftw(root, count, 1 + t, flags) != 0)
			return (void *)1;
	return NULL;
}

/* The shared fixture's a/ again, under another name. */
static void make_shape(const char *name)
{
	static const char *dirs[] = { "", "/b", "/b/c" };
	static const char *files[] = { "/b/c/f3", "/b/f2", "/f1" };
	static const char *links[][2] = {
		{ "..", "/b/up" }, { "nowhere", "/dang" }, { "../d", "/ld" }, { "f1", "/lf1" },
	};
	char p[64];

	for (size_t i = 0; i < 3; i++) {
		snprintf(p, sizeof p, "%s%s", name, dirs[i]);
		lwbt_mkdir(".", p, 0755);
	}
	for (size_t i = 0; i < 3; i++) {
		snprintf(p, sizeof p, "%s%s", name, files[i]);
		lwbt_touch(".", p);
	}
	for (size_t i = 0; i < 4; i++) {
		snprintf(p, sizeof p, "%s%s", name, links[i][1]);
		lwbt_symlink(".", links[i][0], p);
	}
}

START_TEST(concurrent_walks)
{
	pthread_t th[THREADS];

	enter_tmpdir();
	tree_basic();
	for (int t = 0; t < THREADS; t++) {
		char name[8];

		snprintf(name, sizeof name, "t%d", t);
		make_shape(name);
	}
	for (int t = 0; t < THREADS; t++)
		ck_assert(pthread_create(&th[t], NULL, walker, (void *)(long)t) == 0);
	for (int t = 0; t < THREADS; t++) {
		void *r;

		ck_assert(pthread_join(th[t], &r) == 0);
		ck_assert_msg(r == NULL, "thread %d: a walk failed", t);
	}
	for (int t = 0; t < THREADS; t++) {
		int phys = t & 1;

		/* following links (FTW_DEPTH): t b c ld; f3 f2 f1 lf1 ld/f4; dang
		 * under FTW_PHYS: t b c; f3 f2 f1; up dang ld lf1 */
		ck_assert_int_eq(counts[t][phys ? FTW_D : FTW_DP], ROUNDS * (phys ? 3 : 4));
		ck_assert_int_eq(counts[t][FTW_F], ROUNDS * (phys ? 3 : 5));
		ck_assert_int_eq(counts[t][FTW_SL], ROUNDS * (phys ? 4 : 0));
		ck_assert_int_eq(counts[t][FTW_SLN], ROUNDS * (phys ? 0 : 1));
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("nftw threads");
	TCase *tc = walk_tcase("threads");

	tcase_add_test(tc, concurrent_walks);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
