/* FTS_XDEV and bind mounts, in a private mount namespace. The program
 * reports a skip (exit 77) when the kernel or sandbox allows no namespace. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>
#include "ftstest.h"

/*   r/a/f  r/m (tmpfs: inner/g, x)  r/z (r bound onto it) */
static void tree(void)
{
	enter_tmpdir();
	ck_assert_msg(lwbt_private_mounts() == 0, "private mount namespace: %s", strerror(errno));
	lwbt_mkdir(".", "r", 0755);
	lwbt_mkdir(".", "r/a", 0755);
	lwbt_touch(".", "r/a/f");
	lwbt_mkdir(".", "r/m", 0755);
	lwbt_mkdir(".", "r/z", 0755);
	ck_assert(mount("none", "r/m", "tmpfs", 0, NULL) == 0);
	lwbt_mkdir(".", "r/m/inner", 0755);
	lwbt_touch(".", "r/m/inner/g");
	lwbt_touch(".", "r/m/x");
	ck_assert(mount("r", "r/z", NULL, MS_BIND, NULL) == 0);
}

START_TEST(xdev_stays_on_one_device)
{
	static const int modes[] = { FTS_PHYSICAL, FTS_PHYSICAL | FTS_NOCHDIR, FTS_LOGICAL,
		FTS_PHYSICAL | FTS_NOSTAT };
	char *roots[] = { "r", NULL };

	tree();
	for (size_t i = 0; i < sizeof modes / sizeof *modes; i++) {
		struct walk w;

		/* The mount point is reported, in preorder and postorder,
		 * and not entered; the bind mount of r is a cycle. */
		walk_run(&w, roots, modes[i] | FTS_XDEV, by_name);
		walk_expect(&w, modes[i] & FTS_NOSTAT
			? "D r\nD r/a\nNSOK r/a/f\nDP r/a\nD r/m\nDP r/m\nDC r/z\nDP r\n"
			: "D r\nD r/a\nF r/a/f\nDP r/a\nD r/m\nDP r/m\nDC r/z\nDP r\n");
		walk_free(&w);
	}
}
END_TEST

START_TEST(other_devices_without_xdev)
{
	char *roots[] = { "r", NULL };
	struct walk w;
	FTS *fts;
	FTSENT *e;

	tree();
	walk_run(&w, roots, FTS_PHYSICAL, by_name);
	walk_expect(&w,
		"D r\n"
		"D r/a\n"
		"F r/a/f\n"
		"DP r/a\n"
		"D r/m\n"
		"D r/m/inner\n"
		"F r/m/inner/g\n"
		"DP r/m/inner\n"
		"F r/m/x\n"
		"DP r/m\n"
		"DC r/z\n"
		"DP r\n");
	walk_free(&w);

	/* The cycle is the root it repeats. */
	fts = fts_open(roots, FTS_PHYSICAL, by_name);
	while ((e = fts_read(fts)) && e->fts_info != FTS_DC)
		;
	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(e->fts_cycle->fts_name, "r");
	ck_assert_int_eq(e->fts_cycle->fts_level, 0);
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

START_TEST(xdev_from_a_mount_point)
{
	char *roots[] = { "r/m", NULL };
	struct walk w;

	tree();
	/* The device is the root's. */
	walk_run(&w, roots, FTS_PHYSICAL | FTS_XDEV, by_name);
	walk_expect(&w, "D r/m\nD r/m/inner\nF r/m/inner/g\nDP r/m/inner\nF r/m/x\nDP r/m\n");
	walk_free(&w);
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
	Suite *s = suite_create("fts mounts");
	TCase *tc = fts_tcase("mounts");

	if (!namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	tcase_add_test(tc, xdev_stays_on_one_device);
	tcase_add_test(tc, other_devices_without_xdev);
	tcase_add_test(tc, xdev_from_a_mount_point);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
