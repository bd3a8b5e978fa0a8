/* close_range and closefrom, with glibc's fallback when the kernel (or a
 * seccomp filter) refuses close_range. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sctest.h"

/*
 * Check reports results through descriptors of its own near the bottom of
 * the table, so the tests work well above them: B+0..B+29 open except
 * B+7, B+12, B+13 and B+20, a table with holes and nothing above it.
 * Whatever closes from below B runs in a child that answers by exit status.
 */
#define B 200

static int is_hole(int fd)
{
	return fd == B + 7 || fd == B + 12 || fd == B + 13 || fd == B + 20;
}

static void holes(void)
{
	int null = open("/dev/null", O_RDONLY | O_CLOEXEC);

	ck_assert(null >= 0);
	for (int fd = B; fd < B + 30; fd++)
		ck_assert(dup2(null, fd) == fd);
	close(null);
	for (int fd = B; fd < B + 30; fd++)
		if (is_hole(fd))
			close(fd);
}

/* Whether exactly the descriptors below lowfd are left, holes and all. */
static int open_below(int lowfd)
{
	for (int fd = B; fd < B + 40; fd++)
		if (sct_is_open(fd) != (fd < lowfd && fd < B + 30 && !is_hole(fd)))
			return 0;
	return 1;
}

START_TEST(constants)
{
	ck_assert_uint_eq(CLOSE_RANGE_UNSHARE, 2);
	ck_assert_uint_eq(CLOSE_RANGE_CLOEXEC, 4);
}
END_TEST

START_TEST(close_range_closes_a_range)
{
	holes();
	ck_assert_int_eq(close_range(B + 10, B + 15, 0), 0);
	for (int fd = B; fd < B + 30; fd++)
		ck_assert_int_eq(sct_is_open(fd), !is_hole(fd) && (fd < B + 10 || fd > B + 15));
	/* Past the end of the table, and the largest range. */
	ck_assert_int_eq(close_range(B + 1000, B + 2000, 0), 0);
	ck_assert_int_eq(close_range(B + 25, ~0U, 0), 0);
	ck_assert(!sct_is_open(B + 29));
	ck_assert(sct_is_open(B + 24));
}
END_TEST

START_TEST(close_range_cloexec)
{
	holes();
	ck_assert_int_eq(close_range(B, B + 9, CLOSE_RANGE_CLOEXEC), 0);
	ck_assert(sct_is_open(B + 5));
	ck_assert_int_eq(fcntl(B + 5, F_GETFD), FD_CLOEXEC);
	ck_assert_int_eq(fcntl(B + 10, F_GETFD), 0);
	ck_assert_int_eq(close_range(B, B + 29, CLOSE_RANGE_UNSHARE), 0);
	ck_assert(!sct_is_open(B));
}
END_TEST

START_TEST(close_range_errors)
{
	holes();
	errno = 0;
	ck_assert_int_eq(close_range(B + 9, B + 8, 0), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(close_range(B, B + 5, 0x100), -1);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert(sct_is_open(B));
}
END_TEST

START_TEST(close_range_missing)
{
	holes();
	sct_deny(SYS_close_range, ENOSYS);
	errno = 0;
	ck_assert_int_eq(close_range(B, B + 5, 0), -1);
	ck_assert_int_eq(errno, ENOSYS);
	ck_assert(sct_is_open(B));
}
END_TEST

START_TEST(closefrom_with_holes)
{
	holes();
	closefrom(B + 12);
	ck_assert(open_below(B + 12));
	closefrom(B + 7);
	ck_assert(open_below(B + 7));
	closefrom(B + 100);
	ck_assert(open_below(B + 7));
}
END_TEST

static void close_everything(void)
{
	closefrom(-5);
	for (int fd = 0; fd < B + 40; fd++)
		if (sct_is_open(fd))
			_exit(1);
	_exit(0);
}

START_TEST(closefrom_negative_is_zero)
{
	int status;

	holes();
	status = sct_in_child(close_everything);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}
END_TEST

/* Without close_range, glibc reads /proc/self/fd: the same result, and
 * errno is left as the refused call set it. */
START_TEST(closefrom_fallback_with_holes)
{
	holes();
	sct_deny(SYS_close_range, ENOSYS);
	errno = 0;
	closefrom(B + 12);
	ck_assert_int_eq(errno, ENOSYS);
	ck_assert(open_below(B + 12));
	closefrom(B + 2);
	ck_assert(open_below(B + 2));
}
END_TEST

START_TEST(closefrom_fallback_on_any_error)
{
	holes();
	sct_deny(SYS_close_range, EPERM);
	errno = 0;
	closefrom(B + 9);
	ck_assert_int_eq(errno, EPERM);
	ck_assert(open_below(B + 9));
}
END_TEST

/* A full table: no descriptor is left for /proc/self/fd, so the first open
 * one at or above lowfd is closed to make room, and the rest through the
 * directory. */
static void full_table(void)
{
	struct rlimit lim = { B + 30, B + 30 };

	for (int fd = 0; fd < B + 30; fd++)
		if (!sct_is_open(fd) && dup2(0, fd) != fd)
			_exit(2);
	if (setrlimit(RLIMIT_NOFILE, &lim))
		_exit(3);
	if (open("/dev/null", O_RDONLY) != -1 || errno != EMFILE)
		_exit(4);
	sct_deny(SYS_close_range, ENOSYS);
	closefrom(B + 7);
	for (int fd = 0; fd < B + 40; fd++)
		if (sct_is_open(fd) != (fd < B + 7))
			_exit(10);
	_exit(0);
}

START_TEST(closefrom_fallback_with_a_full_table)
{
	int status = sct_in_child(full_table);

	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %#x", status);
}
END_TEST

static void closefrom_without_proc(void)
{
	if (lwbt_private_mounts() || mount("none", "/proc", "tmpfs", 0, NULL))
		_exit(77);
	sct_deny(SYS_close_range, ENOSYS);
	/* Nothing to report through: glibc aborts rather than leave
	 * descriptors open behind the caller's back. */
	closefrom(B);
	_exit(0);
}

START_TEST(closefrom_fallback_without_proc_aborts)
{
	int status;
	int err = dup(2);

	/* Keep the expected message out of the test log. */
	ck_assert(err >= 0);
	ck_assert(dup2(open("/dev/null", O_WRONLY), 2) == 2);
	status = sct_in_child(closefrom_without_proc);
	dup2(err, 2);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 77)
		return;	/* no private mount namespace here */
	ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT, "status %#x", status);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("close_range");
	TCase *tc = tcase_create("close_range");

	tcase_add_test(tc, constants);
	tcase_add_test(tc, close_range_closes_a_range);
	tcase_add_test(tc, close_range_cloexec);
	tcase_add_test(tc, close_range_errors);
	tcase_add_test(tc, close_range_missing);
	tcase_add_test(tc, closefrom_with_holes);
	tcase_add_test(tc, closefrom_negative_is_zero);
	tcase_add_test(tc, closefrom_fallback_with_holes);
	tcase_add_test(tc, closefrom_fallback_on_any_error);
	tcase_add_test(tc, closefrom_fallback_with_a_full_table);
	tcase_add_test(tc, closefrom_fallback_without_proc_aborts);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
