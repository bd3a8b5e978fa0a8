/* What error() writes to stderr, byte for byte, and what it leaves. */
#define _GNU_SOURCE
#include <errno.h>
#include <error.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include "lwbtest.h"
#include "capture.h"

/* Run scenario s and check stderr is exactly want, with a clean exit. */
#define EXPECT_STDERR(s, want) do { \
	struct capture c_; \
	capture_run(s, 0, &c_); \
	ck_assert_int_eq(c_.exited, 1); \
	ck_assert_int_eq(c_.status, 0); \
	ck_assert_str_eq(c_.err, want); \
	capture_free(&c_); \
} while (0)

static void plain(void)
{
	program_invocation_name = "prog";
	error(0, 0, "hello %d %s", 42, "x");
}

START_TEST(message_only)
{
	EXPECT_STDERR(plain, "prog: hello 42 x\n");
}
END_TEST

static void with_errnum(void)
{
	program_invocation_name = "prog";
	error(0, ENOENT, "open %s", "f");
	error(0, EACCES, "b");
	error(0, EINVAL, "c");
}

START_TEST(errnum_appends_strerror)
{
	EXPECT_STDERR(with_errnum, "prog: open f: No such file or directory\n"
		"prog: b: Permission denied\nprog: c: Invalid argument\n");
}
END_TEST

static void empty_format(void)
{
	program_invocation_name = "prog";
	error(0, ENOENT, "%s", "");
	error(0, 0, "%s", "");
}

START_TEST(empty_message)
{
	EXPECT_STDERR(empty_format, "prog: : No such file or directory\nprog: \n");
}
END_TEST

static void newline_in_message(void)
{
	program_invocation_name = "prog";
	error(0, 0, "two\nlines\n");
}

START_TEST(message_newline_is_kept)
{
	EXPECT_STDERR(newline_in_message, "prog: two\nlines\n\n");
}
END_TEST

static void percent_m(void)
{
	program_invocation_name = "prog";
	/* stdout has something to flush: the flush must not disturb errno. */
	printf("pending");
	errno = ENOENT;
	error(0, EACCES, "%m");
	fprintf(stderr, "errno %d\n", errno);
}

START_TEST(percent_m_sees_callers_errno)
{
	char want[64];

	snprintf(want, sizeof want, "prog: No such file or directory: Permission denied\nerrno %d\n", ENOENT);
	EXPECT_STDERR(percent_m, want);
}
END_TEST

static void renamed(void)
{
	program_invocation_name = "other name";
	error(0, 0, "z");
}

START_TEST(program_invocation_name_is_used)
{
	EXPECT_STDERR(renamed, "other name: z\n");
}
END_TEST

static void default_name(void)
{
	error(0, 0, "default");
}

START_TEST(default_name_is_argv0)
{
	char argv0[4096], want[4200];
	FILE *f = fopen("/proc/self/cmdline", "r");
	size_t n;

	ck_assert(f != NULL);
	n = fread(argv0, 1, sizeof argv0 - 1, f);
	fclose(f);
	argv0[n] = 0;
	snprintf(want, sizeof want, "%s: default\n", argv0);
	EXPECT_STDERR(default_name, want);
}
END_TEST

static void long_message(void)
{
	char *big = malloc(100001);

	memset(big, 'a', 100000);
	big[100000] = 0;
	program_invocation_name = "p";
	error(0, EINVAL, "%s", big);
	free(big);
}

START_TEST(long_message_is_complete)
{
	struct capture c;

	capture_run(long_message, 0, &c);
	ck_assert_int_eq(c.status, 0);
	ck_assert_uint_eq(strlen(c.err), 3 + 100000 + strlen(": Invalid argument\n"));
	ck_assert(strncmp(c.err, "p: aaaa", 7) == 0);
	ck_assert_str_eq(c.err + 3 + 100000, ": Invalid argument\n");
	capture_free(&c);
}
END_TEST

static void hook(void)
{
	fprintf(stderr, "[hook %u]", error_message_count);
}

static void progname_hook(void)
{
	program_invocation_name = "prog";
	error_print_progname = hook;
	error(0, 0, "x");
	error(0, ENOENT, "y %d", 1);
}

START_TEST(print_progname_hook_replaces_name)
{
	EXPECT_STDERR(progname_hook, "[hook 0]x\n[hook 1]y 1: No such file or directory\n");
}
END_TEST

static void wide_stderr(void)
{
	program_invocation_name = "prog";
	if (fwide(stderr, 1) <= 0)
		_exit(98);
	error(0, ENOENT, "wide %s", "ok");
	fwprintf(stderr, L"after\n");
}

START_TEST(wide_oriented_stderr)
{
	EXPECT_STDERR(wide_stderr, "prog: wide ok: No such file or directory\nafter\n");
}
END_TEST

static void stdout_closed(void)
{
	program_invocation_name = "prog";
	close(1);
	error(0, 0, "still reported");
}

START_TEST(closed_stdout_does_not_matter)
{
	EXPECT_STDERR(stdout_closed, "prog: still reported\n");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("error format");
	TCase *tc = tcase_create("error");

	tcase_add_test(tc, message_only);
	tcase_add_test(tc, errnum_appends_strerror);
	tcase_add_test(tc, empty_message);
	tcase_add_test(tc, message_newline_is_kept);
	tcase_add_test(tc, percent_m_sees_callers_errno);
	tcase_add_test(tc, program_invocation_name_is_used);
	tcase_add_test(tc, default_name_is_argv0);
	tcase_add_test(tc, long_message_is_complete);
	tcase_add_test(tc, print_progname_hook_replaces_name);
	tcase_add_test(tc, wide_oriented_stderr);
	tcase_add_test(tc, closed_stdout_does_not_matter);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
