/* FTW_MOUNT and bind mounts, in a private mount namespace. The program
 * reports a skip (exit 77) when the kernel or sandbox allows no namespace. */
#define _GNU_SOURCE
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>
#include "walktest.h"

static void in_namespace(void)
{
	ck_assert_msg(lwbt_private_mounts() == 0, "private mount namespace: %s", strerror(errno));
}

static void tmpfs(const char *path)
{
	ck_assert_msg(mount("none", path, "tmpfs", 0, NULL) == 0, "mount %s: %s", path, strerror(errno));
}

static void bind(const char *from, const char *to)
{
	ck_assert_msg(mount(from, to, NULL, MS_BIND, NULL) == 0, "bind %s: %s", to, strerror(errno));
}

/*   r/x/f  r/mnt (tmpfs: inner/g)  r/bf (a file bound from another tmpfs)  r/z */
static void tree(void)
{
	enter_tmpdir();
	in_namespace();
	lwbt_mkdir(".", "r", 0755);
	lwbt_mkdir(".", "r/x", 0755);
	lwbt_touch(".", "r/x/f");
	lwbt_touch(".", "r/z");
	lwbt_mkdir(".", "r/mnt", 0755);
	lwbt_touch(".", "r/bf");
	lwbt_mkdir(".", "other", 0755);
	tmpfs("r/mnt");
	lwbt_mkdir(".", "r/mnt/inner", 0755);
	lwbt_touch(".", "r/mnt/inner/g");
	tmpfs("other");
	lwbt_touch(".", "other/file");
	bind("other/file", "r/bf");
}

START_TEST(mount_stays_on_one_device)
{
	tree();
	for (int flags = FTW_MOUNT; flags < 32; flags++) {
		if (!(flags & FTW_MOUNT))
			continue;
		rec_reset();
		ck_assert_int_eq(nftw("r", rec_nftw, 5, flags), 0);
		ck_assert_int_eq(rec.n, 4);
		rec_expect("r", flags & FTW_DEPTH ? FTW_DP : FTW_D, 0);
		rec_expect("r/x", flags & FTW_DEPTH ? FTW_DP : FTW_D, 1);
		rec_expect("r/x/f", FTW_F, 2);
		rec_expect("r/z", FTW_F, 1);
		rec_check_walk(flags & FTW_DEPTH);
	}
	rec_reset();
	ck_assert_int_eq(nftw("r", rec_nftw, 5, 0), 0);
	ck_assert_int_eq(rec.n, 8);
	rec_expect("r/mnt/inner/g", FTW_F, 3);
	rec_expect("r/bf", FTW_F, 1);
}
END_TEST

START_TEST(mount_from_a_mount_point)
{
	tree();
	ck_assert_int_eq(nftw("r/mnt", rec_nftw, 5, FTW_MOUNT), 0);
	ck_assert_int_eq(rec.n, 3);
	rec_expect("r/mnt/inner/g", FTW_F, 2);
	rec_reset();
	ck_assert_int_eq(nftw("r/bf", rec_nftw, 5, FTW_MOUNT), 0);
	rec_expect("r/bf", FTW_F, 0);
}
END_TEST

/* q bound onto q/x: q/x is q again (same device and inode). Following links,
 * nftw walks a directory once; under FTW_PHYS it does not check. */
START_TEST(bind_mount_of_an_ancestor)
{
	enter_tmpdir();
	in_namespace();
	lwbt_mkdir(".", "q", 0755);
	lwbt_mkdir(".", "q/x", 0755);
	lwbt_touch(".", "q/f");
	bind("q", "q/x");

	ck_assert_int_eq(nftw("q", rec_nftw, 5, 0), 0);
	ck_assert_int_eq(rec.n, 2);
	rec_expect("q", FTW_D, 0);
	rec_expect("q/f", FTW_F, 1);
	rec_reset();

	ck_assert_int_eq(nftw("q", rec_nftw, 5, FTW_PHYS), 0);
	ck_assert_int_eq(rec.n, 5);
	rec_expect("q/x", FTW_D, 1);
	rec_expect("q/x/f", FTW_F, 2);
	rec_expect("q/x/x", FTW_D, 2);
	rec_reset();

	ck_assert_int_eq(ftw("q", rec_ftw, 5), 0);
	ck_assert_int_eq(rec.n, 2);
}
END_TEST

/* Whether this machine lets a process make a private mount namespace. */
static int namespaces_available(void)
{
	pid_t pid = fork();
	int status;

	if (pid == 0)
		_exit(lwbt_private_mounts() == 0 ? 0 : 1);
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return 0;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int main(void)
{
	Suite *s = suite_create("nftw mounts");
	TCase *tc = walk_tcase("mounts");

	if (!namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	tcase_add_test(tc, mount_stays_on_one_device);
	tcase_add_test(tc, mount_from_a_mount_point);
	tcase_add_test(tc, bind_mount_of_an_ancestor);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
