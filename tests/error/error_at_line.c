/* error_at_line: its prefix, and error_one_per_line's suppression. */
#define _GNU_SOURCE
#include <errno.h>
#include <error.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "capture.h"

#define EXPECT_STDERR(s, want) do { \
	struct capture c_; \
	capture_run(s, 0, &c_); \
	ck_assert_int_eq(c_.exited, 1); \
	ck_assert_int_eq(c_.status, 0); \
	ck_assert_str_eq(c_.err, want); \
	capture_free(&c_); \
} while (0)

static void prefixes(void)
{
	program_invocation_name = "prog";
	error_at_line(0, 0, "f.c", 12, "msg %d", 1);
	error_at_line(0, EACCES, NULL, 12, "no file");
	error_at_line(0, EINVAL, "", 0, "empty");
	error_at_line(0, 0, "big", 4294967295u, "line");
}

START_TEST(prefix_forms)
{
	EXPECT_STDERR(prefixes, "prog:f.c:12: msg 1\n"
		"prog: no file: Permission denied\n"
		"prog::0: empty: Invalid argument\n"
		"prog:big:-1: line\n");
}
END_TEST

static void hook(void)
{
	fputs("[h]", stderr);
}

static void prefixes_with_hook(void)
{
	error_print_progname = hook;
	error_at_line(0, EINVAL, "f", 3, "y");
	error_at_line(0, 0, NULL, 7, "nullfile");
}

START_TEST(prefix_with_progname_hook)
{
	EXPECT_STDERR(prefixes_with_hook, "[h]f:3: y: Invalid argument\n[h] nullfile\n");
}
END_TEST

static void one_per_line(void)
{
	char copy[] = "f";

	program_invocation_name = "p";
	error_one_per_line = 1;
	error_at_line(0, 0, "f", 1, "a");
	error_at_line(0, 0, "f", 1, "b");	/* same place */
	error_at_line(0, 0, copy, 1, "c");	/* same name in another string */
	error_at_line(0, 0, "f", 2, "d");
	error_at_line(0, 0, "f", 1, "e");	/* not the last place any more */
	error(0, 0, "plain");			/* does not change the last place */
	error_at_line(0, 0, "f", 1, "g");
	error_at_line(0, 0, "g", 1, "h");
	fprintf(stderr, "count %u\n", error_message_count);
}

START_TEST(one_per_line_suppresses_repeats)
{
	EXPECT_STDERR(one_per_line, "p:f:1: a\np:f:2: d\np:f:1: e\np: plain\np:g:1: h\ncount 5\n");
}
END_TEST

static void one_per_line_pointer(void)
{
	char buf[] = "f";

	program_invocation_name = "p";
	error_one_per_line = 1;
	error_at_line(0, 0, NULL, 0, "initial place");	/* matches (NULL, 0) */
	error_at_line(0, 0, buf, 1, "buf f");
	strcpy(buf, "g");
	error_at_line(0, 0, buf, 1, "buf g");	/* same pointer: suppressed */
	error_at_line(0, 0, "g", 1, "literal g");
	error_at_line(0, 0, NULL, 1, "null 1");
	error_at_line(0, 0, NULL, 1, "null 1 again");
	error_at_line(0, 0, "g", 1, "g after null");
}

START_TEST(one_per_line_compares_pointers_first)
{
	EXPECT_STDERR(one_per_line_pointer, "p:f:1: buf f\np: null 1\np:g:1: g after null\n");
}
END_TEST

static void one_per_line_only_while_set(void)
{
	program_invocation_name = "p";
	error_at_line(0, 0, "f", 1, "a");	/* not recorded: the flag is off */
	error_one_per_line = 1;
	error_at_line(0, 0, "f", 1, "b");
	error_one_per_line = 0;
	error_at_line(0, 0, "f", 1, "c");
	error_at_line(0, 0, "g", 1, "d");	/* not recorded */
	error_one_per_line = 1;
	error_at_line(0, 0, "g", 1, "e");
	error_at_line(0, 0, "f", 1, "f");
}

START_TEST(one_per_line_records_only_while_set)
{
	EXPECT_STDERR(one_per_line_only_while_set, "p:f:1: a\np:f:1: b\np:f:1: c\np:g:1: d\np:g:1: e\np:f:1: f\n");
}
END_TEST

static void suppressed_does_nothing(void)
{
	/* Not a constant: with one, glibc's header (gcc, -O2) declares the
	 * call as never returning, and the return below is then undefined. */
	volatile int status = 3;

	program_invocation_name = "p";
	error_one_per_line = 1;
	error_at_line(0, 0, "f", 1, "a");
	printf("unflushed");
	error_at_line(status, 0, "f", 1, "b");	/* neither exits nor flushes */
	write(2, "W\n", 2);
	_exit(0);
}

START_TEST(suppressed_call_neither_exits_nor_flushes)
{
	struct capture c;

	capture_run(suppressed_does_nothing, 1, &c);
	ck_assert_int_eq(c.exited, 1);
	ck_assert_int_eq(c.status, 0);
	ck_assert_str_eq(c.out, "p:f:1: a\nW\n");
	capture_free(&c);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("error_at_line");
	TCase *tc = tcase_create("error_at_line");

	tcase_add_test(tc, prefix_forms);
	tcase_add_test(tc, prefix_with_progname_hook);
	tcase_add_test(tc, one_per_line_suppresses_repeats);
	tcase_add_test(tc, one_per_line_compares_pointers_first);
	tcase_add_test(tc, one_per_line_records_only_while_set);
	tcase_add_test(tc, suppressed_call_neither_exits_nor_flushes);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
