/* Trees deeper than PATH_MAX. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "walktest.h"

#define LEVELS 260
#define NAME "d0123456789abcdefgh"	/* 19 bytes: 20 per level with the slash */

/* deep/NAME/NAME/... LEVELS times, ending in a file leaf; with `files`, a
 * file z beside every subdirectory. Built relative to descriptors, since
 * the paths grow past PATH_MAX. */
static void make_deep(int files)
{
	int fd = open(".", O_RDONLY | O_DIRECTORY);

	ck_assert(mkdir("deep", 0755) == 0);
	for (int i = 0; i <= LEVELS; i++) {
		int next = openat(fd, i ? NAME : "deep", O_RDONLY | O_DIRECTORY);

		ck_assert(next >= 0);
		close(fd);
		fd = next;
		if (files)
			close(openat(fd, "z", O_WRONLY | O_CREAT, 0644));
		if (i < LEVELS)
			ck_assert(mkdirat(fd, NAME, 0755) == 0);
	}
	close(openat(fd, "leaf", O_WRONLY | O_CREAT, 0644));
	close(fd);
}

static int count_type(int type)
{
	int n = 0;

	for (int i = 0; i < rec.n; i++)
		n += rec.ev[i].type == type;
	return n;
}

START_TEST(walks_past_path_max)
{
	static const int limits[] = { 2, 20, 1000 };
	static const int flag_sets[] = { 0, FTW_PHYS, FTW_DEPTH, FTW_DEPTH | FTW_PHYS | FTW_MOUNT };

	enter_tmpdir();
	make_deep(0);
	for (size_t l = 0; l < sizeof limits / sizeof *limits; l++) {
		for (size_t f = 0; f < sizeof flag_sets / sizeof *flag_sets; f++) {
			int before = lwbt_count_fds();

			rec_reset();
			ck_assert_int_eq(nftw("deep", rec_nftw, limits[l], flag_sets[f]), 0);
			ck_assert_int_eq(rec.n, LEVELS + 2);
			ck_assert_int_eq(count_type(flag_sets[f] & FTW_DEPTH ? FTW_DP : FTW_D), LEVELS + 1);
			const struct event *leaf = flag_sets[f] & FTW_DEPTH ? &rec.ev[0] : &rec.ev[rec.n - 1];
			ck_assert_int_eq(leaf->type, FTW_F);
			ck_assert_int_eq(leaf->level, LEVELS + 1);
			ck_assert_int_gt((int)strlen(leaf->path), PATH_MAX);
			ck_assert_int_eq((int)strlen(leaf->path), 4 + 20 * LEVELS + 5);
			ck_assert_int_eq(leaf->base, 4 + 20 * LEVELS + 1);
			ck_assert_int_eq(lwbt_count_fds(), before);
		}
	}
}
END_TEST

/* With a small budget, the upper directories are read ahead and closed;
 * their remaining entries are then reached by full path, which fails with
 * ENAMETOOLONG past PATH_MAX, ending the walk. Which entries remain depends
 * on readdir order, so the test reads it to know what glibc will do. */
START_TEST(read_ahead_past_path_max)
{
	const int budget = 5;
	int fails_at = -1;
	char *path;
	int fd;

	enter_tmpdir();
	make_deep(1);

	/* Level i (the directory at depth i) is read ahead when the walk goes
	 * `budget` levels below it; its z is left for later when readdir gives
	 * it after the subdirectory. The walk fails at the deepest such level
	 * whose path to z passes PATH_MAX. */
	fd = open("deep", O_RDONLY | O_DIRECTORY);
	for (int i = 0; i <= LEVELS; i++) {
		int next;
		char **order;
		char self[32];
		int z_after = 0, seen_dir = 0;

		snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
		order = lwbt_readdir_order(self);
		for (int k = 0; order[k]; k++) {
			if (!strcmp(order[k], NAME))
				seen_dir = 1;
			else if (!strcmp(order[k], "z") && seen_dir)
				z_after = 1;
		}
		lwbt_free_names(order);
		size_t z_len = 4 + 20 * (size_t)i + 2;
		if (z_after && i + budget <= LEVELS && z_len >= PATH_MAX)
			fails_at = i;
		if (i == LEVELS)
			break;
		next = openat(fd, NAME, O_RDONLY | O_DIRECTORY);
		close(fd);
		fd = next;
	}
	close(fd);

	int before = lwbt_count_fds();
	errno = 0;
	int r = nftw("deep", rec_nftw, budget, 0);
	if (fails_at < 0) {
		ck_assert_int_eq(r, 0);
		ck_assert_int_eq(rec.n, 2 * (LEVELS + 1) + 1);
	} else {
		ck_assert_msg(r == -1 && errno == ENAMETOOLONG,
			"r %d errno %d, expected -1 ENAMETOOLONG at level %d", r, errno, fails_at);
		/* Everything below the failing level was walked. */
		ck_assert_int_eq(rec.ev[rec.n - 1].level >= fails_at, 1);
		path = rec.ev[rec.n - 1].path;
		ck_assert(path != NULL);
	}
	ck_assert_int_eq(lwbt_count_fds(), before);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("nftw deep trees");
	TCase *tc = walk_tcase("deep");

	tcase_add_test(tc, walks_past_path_max);
	tcase_add_test(tc, read_ahead_past_path_max);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
