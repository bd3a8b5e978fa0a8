/* execveat: by name relative to a directory, by descriptor with
 * AT_EMPTY_PATH, its errors, and ENOSYS without the system call (glibc
 * 2.36 has no fallback). Each exec happens in a child. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sctest.h"

static char *argv_true[] = { "true", NULL };
static char *argv_sh[] = { "sh", "-c", "exit $X", NULL };
static char *envp[] = { "X=7", NULL };

/* Run execveat in a child; its exit status, or 100 + errno if it failed. */
static int run(int dirfd, const char *path, char *const argv[], int flags)
{
	pid_t pid = fork();
	int status;

	ck_assert(pid >= 0);
	if (pid == 0) {
		execveat(dirfd, path, argv, envp, flags);
		_exit(100 + errno);
	}
	ck_assert(waitpid(pid, &status, 0) == pid);
	ck_assert(WIFEXITED(status));
	return WEXITSTATUS(status);
}

START_TEST(by_name_and_by_descriptor)
{
	int bin = open("/bin", O_RDONLY | O_DIRECTORY);
	int sh = open("/bin/sh", O_RDONLY);
	int shpath = open("/bin/sh", O_PATH);

	ck_assert(bin >= 0 && sh >= 0 && shpath >= 0);
	ck_assert_int_eq(run(bin, "true", argv_true, 0), 0);
	ck_assert_int_eq(run(AT_FDCWD, "/bin/sh", argv_sh, 0), 7);
	ck_assert_int_eq(run(bin, "/bin/sh", argv_sh, 0), 7);
	ck_assert_int_eq(run(sh, "", argv_sh, AT_EMPTY_PATH), 7);
	ck_assert_int_eq(run(shpath, "", argv_sh, AT_EMPTY_PATH), 7);
	close(bin);
	close(sh);
	close(shpath);
}
END_TEST

START_TEST(errors)
{
	int bin = open("/bin", O_RDONLY | O_DIRECTORY);
	int sh = open("/bin/sh", O_RDONLY);

	ck_assert_int_eq(run(bin, "no-such-program", argv_true, 0), 100 + ENOENT);
	ck_assert_int_eq(run(9999, "true", argv_true, 0), 100 + EBADF);
	ck_assert_int_eq(run(sh, "true", argv_true, 0), 100 + ENOTDIR);
	ck_assert_int_eq(run(bin, "true", argv_true, 0x40000000), 100 + EINVAL);
	ck_assert_int_eq(run(sh, "", argv_sh, 0), 100 + ENOENT);
	/* A directory is not a program. */
	ck_assert_int_eq(run(bin, "", argv_true, AT_EMPTY_PATH), 100 + EACCES);
	close(bin);
	close(sh);
}
END_TEST

START_TEST(symbolic_links)
{
	char *dir = lwbt_tmpdir();
	char *link = lwbt_path(dir, "sh");

	lwbt_symlink(dir, "/bin/sh", "sh");
	ck_assert_int_eq(run(AT_FDCWD, link, argv_sh, 0), 7);
	ck_assert_int_eq(run(AT_FDCWD, link, argv_sh, AT_SYMLINK_NOFOLLOW), 100 + ELOOP);
	lwbt_rmtree(dir);
	free(link);
	free(dir);
}
END_TEST

START_TEST(without_the_system_call)
{
	sct_deny(SYS_execveat, ENOSYS);
	ck_assert_int_eq(run(AT_FDCWD, "/bin/sh", argv_sh, 0), 100 + ENOSYS);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("execveat");
	TCase *tc = tcase_create("execveat");

	tcase_add_test(tc, by_name_and_by_descriptor);
	tcase_add_test(tc, errors);
	tcase_add_test(tc, symbolic_links);
	tcase_add_test(tc, without_the_system_call);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
