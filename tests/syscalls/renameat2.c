/* renameat2 and its flags, and glibc's answer when the kernel (or a
 * seccomp filter) refuses the system call. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "sctest.h"

static char *dir;

static void put(const char *name, const char *text)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ck_assert(fd >= 0);
	ck_assert(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
}

static void expect_text(const char *name, const char *text)
{
	char buf[64] = "";
	int fd = open(name, O_RDONLY);

	ck_assert_msg(fd >= 0, "%s: %s", name, strerror(errno));
	ck_assert(read(fd, buf, sizeof buf - 1) >= 0);
	close(fd);
	ck_assert_str_eq(buf, text);
}

static void setup(void)
{
	dir = lwbt_tmpdir();
	ck_assert(chdir(dir) == 0);
	put("a", "A");
	put("b", "B");
	lwbt_mkdir(dir, "d", 0755);
}

static void teardown(void)
{
	ck_assert(chdir("/") == 0);
	lwbt_rmtree(dir);
	free(dir);
}

static void expect_error(int olddirfd, const char *old, int newdirfd, const char *new,
	unsigned int flags, int err)
{
	errno = 0;
	ck_assert_int_eq(renameat2(olddirfd, old, newdirfd, new, flags), -1);
	ck_assert_msg(errno == err, "%s -> %s flags %#x: errno %d, expected %d", old, new, flags, errno, err);
}

START_TEST(constants)
{
	ck_assert_int_eq(RENAME_NOREPLACE, 1);
	ck_assert_int_eq(RENAME_EXCHANGE, 2);
	ck_assert_int_eq(RENAME_WHITEOUT, 4);
}
END_TEST

START_TEST(without_flags_it_is_renameat)
{
	int d = open("d", O_RDONLY | O_DIRECTORY);

	ck_assert_int_eq(renameat2(AT_FDCWD, "a", d, "a2", 0), 0);
	expect_text("d/a2", "A");
	/* Replaces an existing target, as rename does. */
	ck_assert_int_eq(renameat2(d, "a2", AT_FDCWD, "b", 0), 0);
	expect_text("b", "A");
	ck_assert_int_eq(access("a", F_OK), -1);
	expect_error(AT_FDCWD, "missing", AT_FDCWD, "x", 0, ENOENT);
	expect_error(9999, "b", AT_FDCWD, "x", 0, EBADF);
	close(d);
}
END_TEST

START_TEST(noreplace_and_exchange)
{
	expect_error(AT_FDCWD, "a", AT_FDCWD, "b", RENAME_NOREPLACE, EEXIST);
	expect_text("a", "A");
	expect_text("b", "B");
	ck_assert_int_eq(renameat2(AT_FDCWD, "a", AT_FDCWD, "c", RENAME_NOREPLACE), 0);
	expect_text("c", "A");
	ck_assert_int_eq(renameat2(AT_FDCWD, "c", AT_FDCWD, "b", RENAME_EXCHANGE), 0);
	expect_text("c", "B");
	expect_text("b", "A");
	/* Exchanging with nothing, and both at once. */
	expect_error(AT_FDCWD, "c", AT_FDCWD, "none", RENAME_EXCHANGE, ENOENT);
	expect_error(AT_FDCWD, "c", AT_FDCWD, "b", RENAME_EXCHANGE | RENAME_NOREPLACE, EINVAL);
	expect_error(AT_FDCWD, "c", AT_FDCWD, "b", 0x100, EINVAL);
	expect_error(AT_FDCWD, "missing", AT_FDCWD, "x", RENAME_NOREPLACE, ENOENT);
}
END_TEST

/* Before Linux 3.15 (or under a filter): without flags glibc still
 * renames, with flags it answers EINVAL. */
START_TEST(without_the_system_call)
{
	sct_deny(SYS_renameat2, ENOSYS);
	ck_assert_int_eq(renameat2(AT_FDCWD, "a", AT_FDCWD, "c", 0), 0);
	expect_text("c", "A");
	expect_error(AT_FDCWD, "c", AT_FDCWD, "x", RENAME_NOREPLACE, EINVAL);
	expect_error(AT_FDCWD, "c", AT_FDCWD, "b", RENAME_EXCHANGE, EINVAL);
	expect_text("c", "A");
	expect_text("b", "B");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("renameat2");
	TCase *tc = tcase_create("renameat2");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, constants);
	tcase_add_test(tc, without_flags_it_is_renameat);
	tcase_add_test(tc, noreplace_and_exchange);
	tcase_add_test(tc, without_the_system_call);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
