/* error() and the process: flushing, exiting, counting, threads. */
#define _GNU_SOURCE
#include <errno.h>
#include <error.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "capture.h"

static void ordered(void)
{
	program_invocation_name = "prog";
	printf("out-before ");
	error(0, 0, "one");
	printf("out-after\n");
	error_at_line(0, 0, "f", 2, "two");
}

START_TEST(stdout_is_flushed_first)
{
	struct capture c;

	capture_run(ordered, 1, &c);
	ck_assert_int_eq(c.status, 0);
	ck_assert_str_eq(c.out, "out-before prog: one\nout-after\nprog:f:2: two\n");
	capture_free(&c);
}
END_TEST

static void buffered_stderr(void)
{
	static char buf[1024];

	program_invocation_name = "prog";
	setvbuf(stderr, buf, _IOFBF, sizeof buf);
	error(0, 0, "buffered");
	_exit(0);	/* no stdio flushing at exit: error() must have flushed */
}

START_TEST(stderr_is_flushed_after)
{
	struct capture c;

	capture_run(buffered_stderr, 0, &c);
	ck_assert_str_eq(c.err, "prog: buffered\n");
	capture_free(&c);
}
END_TEST

static void at_exit(void)
{
	fputs("atexit ran\n", stderr);
}

static void exits(void)
{
	program_invocation_name = "prog";
	atexit(at_exit);
	printf("stdout kept");
	error(3, ENOENT, "bye");
	fputs("returned\n", stderr);
}

START_TEST(nonzero_status_exits)
{
	struct capture c;

	capture_run(exits, 0, &c);
	ck_assert_int_eq(c.exited, 1);
	ck_assert_int_eq(c.status, 3);
	ck_assert_str_eq(c.err, "prog: bye: No such file or directory\natexit ran\n");
	ck_assert_str_eq(c.out, "stdout kept");
	capture_free(&c);
}
END_TEST

static void exits_negative(void)
{
	error(-1, 0, "neg");
}

static void exits_at_line(void)
{
	error_one_per_line = 1;
	error_at_line(5, 0, "f", 1, "a");
}

START_TEST(exit_status_is_passed_to_exit)
{
	struct capture c;

	capture_run(exits_negative, 0, &c);
	ck_assert_int_eq(c.exited, 1);
	ck_assert_int_eq(c.status, 255);
	capture_free(&c);
	capture_run(exits_at_line, 0, &c);
	ck_assert_int_eq(c.exited, 1);
	ck_assert_int_eq(c.status, 5);
	capture_free(&c);
}
END_TEST

static void counting(void)
{
	int e;

	program_invocation_name = "p";
	error_message_count = 10;	/* a real variable the program may set */
	errno = EIO;
	error(0, 0, "a");
	e = errno;
	error_at_line(0, 0, "f", 1, "b");
	fprintf(stderr, "count %u errno %s\n", error_message_count, e == EIO ? "kept" : "changed");
}

START_TEST(message_count_and_errno)
{
	struct capture c;

	capture_run(counting, 0, &c);
	ck_assert_str_eq(c.err, "p: a\np:f:1: b\ncount 12 errno kept\n");
	capture_free(&c);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("error process");
	TCase *tc = tcase_create("process");

	tcase_add_test(tc, stdout_is_flushed_first);
	tcase_add_test(tc, stderr_is_flushed_after);
	tcase_add_test(tc, nonzero_status_exits);
	tcase_add_test(tc, exit_status_is_passed_to_exit);
	tcase_add_test(tc, message_count_and_errno);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
