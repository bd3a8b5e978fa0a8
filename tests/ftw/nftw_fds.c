/* Descriptor use: the nopenfd budget, nothing left open however the walk
 * ends, and running out of descriptors. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "walktest.h"

/* r/f, r/l1/f, r/l1/l2/f, ... down to r/l1/.../l5/f: six directories. */
static void chain(void)
{
	char path[64] = "r";

	enter_tmpdir();
	lwbt_mkdir(".", "r", 0755);
	lwbt_touch(".", "r/f");
	for (int i = 1; i <= 5; i++) {
		size_t n = strlen(path);

		path[n] = '/';
		path[n + 1] = 'l';
		path[n + 2] = (char)('0' + i);
		path[n + 3] = 0;
		lwbt_mkdir(".", path, 0755);
		strcat(path, "/f");
		lwbt_touch(".", path);
		path[strlen(path) - 2] = 0;
	}
}

static int max_fds(void)
{
	int m = 0;

	for (int i = 0; i < rec.n; i++)
		if (rec.ev[i].fds > m)
			m = rec.ev[i].fds;
	return m;
}

START_TEST(budget)
{
	static const int limits[] = { 1, 2, 3, 4, 6, 20 };

	chain();
	int base = lwbt_count_fds();
	for (size_t i = 0; i < sizeof limits / sizeof *limits; i++) {
		for (int flags = 0; flags < 16; flags++) {
			/* FTW_CHDIR's descriptor for the starting directory
			 * counts against the budget, which always allows one
			 * directory stream. */
			int extra = flags & FTW_CHDIR ? 1 : 0;
			int streams = limits[i] - extra < 1 ? 1 : limits[i] - extra;
			int want = streams < 6 ? streams : 6;

			rec_reset();
			ck_assert_int_eq(nftw("r", rec_nftw, limits[i], flags), 0);
			ck_assert_int_eq(rec.n, 12);
			if (flags & FTW_DEPTH)	/* the deepest directory is closed for its DP */
				ck_assert_int_le(max_fds(), base + extra + want);
			else
				ck_assert_msg(max_fds() == base + extra + want,
					"nopenfd %d flags %d: %d open, expected %d",
					limits[i], flags, max_fds() - base, extra + want);
			ck_assert_int_eq(lwbt_count_fds(), base);
		}
	}
}
END_TEST

START_TEST(budget_below_one_is_one)
{
	chain();
	int base = lwbt_count_fds();
	for (int limit = -3; limit <= 0; limit++) {
		rec_reset();
		ck_assert_int_eq(nftw("r", rec_nftw, limit, 0), 0);
		ck_assert_int_eq(rec.n, 12);
		ck_assert_int_eq(max_fds(), base + 1);
	}
}
END_TEST

START_TEST(nothing_left_open)
{
	static const char *where[] = { "r", "r/f", "r/l1", "r/l1/l2/l3/f", "r/l1/l2/l3/l4/l5", "r/l1/l2/l3/l4/l5/f" };

	chain();
	lwbt_symlink(".", "loop", "r/l1/l2/l3/loop");
	int base = lwbt_count_fds();
	for (size_t w = 0; w < sizeof where / sizeof *where; w++) {
		for (int flags = 0; flags < 32; flags++) {
			for (int limit = 1; limit <= 7; limit += 3) {
				rec_reset();
				rec_answer(where[w], -1, 77);
				int r = nftw("r", rec_nftw, limit, flags);
				/* without FTW_PHYS the loop ends some walks first */
				ck_assert(r == 77 || (r == -1 && errno == ELOOP && !(flags & FTW_PHYS)));
				ck_assert_int_eq(lwbt_count_fds(), base);
			}
		}
	}
}
END_TEST

/* Leave exactly `avail` descriptors free (and stop counting descriptors in
 * the callbacks, which needs one): fill the holes below the highest
 * open descriptor, then cap the table just above it. */
static void limit_fds(int avail)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *e;
	int high = 0;
	struct rlimit rl;

	ck_assert(d);
	while ((e = readdir(d)))
		if (e->d_name[0] != '.' && atoi(e->d_name) > high && atoi(e->d_name) != dirfd(d))
			high = atoi(e->d_name);
	closedir(d);
	for (;;) {
		int fd = open("/dev/null", O_RDONLY);

		ck_assert(fd >= 0);
		if (fd > high) {
			close(fd);
			break;
		}
	}
	ck_assert(getrlimit(RLIMIT_NOFILE, &rl) == 0);
	rl.rlim_cur = (rlim_t)(high + 1 + avail);
	ck_assert(setrlimit(RLIMIT_NOFILE, &rl) == 0);
	rec.no_fd_count = 1;
}

/* Lift the cap again so descriptors can be counted. */
static void unlimit_fds(void)
{
	struct rlimit rl;

	ck_assert(getrlimit(RLIMIT_NOFILE, &rl) == 0);
	rl.rlim_cur = rl.rlim_max;
	ck_assert(setrlimit(RLIMIT_NOFILE, &rl) == 0);
}

START_TEST(out_of_descriptors)
{
	int r, e;

	chain();
	limit_fds(0);
	errno = 0;
	r = nftw("r", rec_nftw, 5, 0);
	e = errno;
	ck_assert_int_eq(r, -1);
	ck_assert_int_eq(e, EMFILE);
	ck_assert_int_eq(rec.n, 0);
	/* A file needs no descriptor. */
	r = nftw("r/f", rec_nftw, 5, 0);
	unlimit_fds();
	ck_assert_int_eq(r, 0);
	ck_assert_int_eq(rec.n, 1);
}
END_TEST

START_TEST(one_descriptor)
{
	int r, e, base;

	chain();
	limit_fds(1);
	unlimit_fds();
	base = lwbt_count_fds();

	/* The budget says 5 but only one open succeeds: the second fails. */
	limit_fds(1);
	errno = 0;
	r = nftw("r", rec_nftw, 5, 0);
	e = errno;
	unlimit_fds();
	ck_assert_int_eq(r, -1);
	ck_assert_int_eq(e, EMFILE);
	rec_expect("r", FTW_D, 0);
	ck_assert_int_eq(rec.n, 1);
	ck_assert_int_eq(lwbt_count_fds(), base);
	rec_reset();

	/* With a budget of one, one descriptor is enough for the whole walk. */
	limit_fds(1);
	r = nftw("r", rec_nftw, 1, 0);
	unlimit_fds();
	ck_assert_int_eq(r, 0);
	ck_assert_int_eq(rec.n, 12);
	ck_assert_int_eq(lwbt_count_fds(), base);
	rec_reset();

	/* FTW_CHDIR holds the starting directory: nothing is left for r. */
	limit_fds(1);
	errno = 0;
	r = nftw("r", rec_nftw, 1, FTW_CHDIR);
	e = errno;
	unlimit_fds();
	ck_assert_int_eq(r, -1);
	ck_assert_int_eq(e, EMFILE);
	ck_assert_int_eq(rec.n, 0);
	ck_assert_int_eq(lwbt_count_fds(), base);

	/* Two are enough for FTW_CHDIR with a budget of one or two, both of
	 * which allow one directory stream. */
	for (int budget = 1; budget <= 2; budget++) {
		rec_reset();
		limit_fds(2);
		r = nftw("r", rec_nftw, budget, FTW_CHDIR);
		unlimit_fds();
		ck_assert_int_eq(r, 0);
		ck_assert_int_eq(rec.n, 12);
		ck_assert_int_eq(lwbt_count_fds(), base);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("nftw descriptors");
	TCase *tc = walk_tcase("descriptors");

	tcase_add_test(tc, budget);
	tcase_add_test(tc, budget_below_one_is_one);
	tcase_add_test(tc, nothing_left_open);
	tcase_add_test(tc, out_of_descriptors);
	tcase_add_test(tc, one_descriptor);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
