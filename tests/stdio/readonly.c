/* Output to a stream opened only for reading fails with EBADF, as on
 * glibc (musl leaves errno alone, so callers that return -errno report
 * success), and sets the error indicator; nothing is written. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>
#include "lwbtest.h"

static char *dir, *path;

static FILE *open_read_only(void)
{
	FILE *f;

	dir = lwbt_tmpdir();
	path = lwbt_path(dir, "data");
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("data\n", f);
	fclose(f);
	f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	return f;
}

static void check_unchanged(FILE *f)
{
	struct stat st;

	fclose(f);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_size, 5);
	lwbt_rmtree(dir);
	free(path);
	free(dir);
}

/* Run one write, expecting failure r with EBADF and the error set. */
#define FAILS(f, call, r) do { \
		clearerr(f); \
		errno = 0; \
		ck_assert_int_eq((long)(call), (long)(r)); \
		ck_assert_int_eq(errno, EBADF); \
		ck_assert(ferror(f)); \
	} while (0)

START_TEST(byte_output)
{
	FILE *f = open_read_only();

	FAILS(f, fputs("x", f), EOF);
	FAILS(f, fputs_unlocked("x", f), EOF);
	FAILS(f, fputc('x', f), EOF);
	FAILS(f, fputc_unlocked('x', f), EOF);
	FAILS(f, putc('x', f), EOF);
	FAILS(f, putc_unlocked('x', f), EOF);
	FAILS(f, fwrite("ab", 1, 2, f), 0);
	FAILS(f, fwrite_unlocked("ab", 2, 1, f), 0);
	FAILS(f, putw(1, f), EOF);
	/* After reading too. */
	ck_assert_int_eq(fgetc(f), 'd');
	FAILS(f, fputc('x', f), EOF);
	check_unchanged(f);
}
END_TEST

START_TEST(wide_output)
{
	FILE *f = open_read_only();

	ck_assert_int_gt(fwide(f, 1), 0);
	FAILS(f, fputwc(L'x', f), WEOF);
	FAILS(f, fputwc_unlocked(L'x', f), WEOF);
	FAILS(f, putwc(L'x', f), WEOF);
	FAILS(f, putwc_unlocked(L'x', f), WEOF);
	FAILS(f, fputws(L"x", f), EOF);
	FAILS(f, fputws_unlocked(L"x", f), EOF);
	check_unchanged(f);
}
END_TEST

START_TEST(nothing_to_write)
{
	/* glibc does not even look at the stream: success, no error. */
	FILE *f = open_read_only();

	errno = 0;
	ck_assert_int_eq(fputs("", f), 1);
	ck_assert_int_eq(fputs_unlocked("", f), 1);
	ck_assert_int_eq(fwrite("ab", 0, 2, f), 0);
	ck_assert_int_eq(fwrite("ab", 1, 0, f), 0);
	ck_assert_int_eq(fwrite_unlocked("ab", 0, 0, f), 0);
	ck_assert_int_eq(errno, 0);
	ck_assert(!ferror(f));
	check_unchanged(f);
}
END_TEST

START_TEST(stdout_reopened_for_reading)
{
	FILE *f = open_read_only();

	fclose(f);
	ck_assert_ptr_nonnull(freopen(path, "r", stdout));
	FAILS(stdout, puts("x"), EOF);
	FAILS(stdout, puts(""), EOF);
	FAILS(stdout, putchar('x'), EOF);
	FAILS(stdout, putchar_unlocked('x'), EOF);
	FAILS(stdout, putwchar(L'x'), WEOF);
	FAILS(stdout, putwchar_unlocked(L'x'), WEOF);
	check_unchanged(stdout);
}
END_TEST

START_TEST(real_errors_keep_their_errno)
{
	/* A stream that can be written but whose descriptor cannot: the
	 * write(2) error is what errno says. */
	FILE *f = fopen("/dev/full", "w");

	ck_assert_ptr_nonnull(f);
	setvbuf(f, 0, _IONBF, 0);
	errno = 0;
	ck_assert_int_eq(fputs("x", f), EOF);
	ck_assert_int_eq(errno, ENOSPC);
	fclose(f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("stdio output on read-only streams");
	TCase *tc = tcase_create("readonly");

	tcase_add_test(tc, byte_output);
	tcase_add_test(tc, wide_output);
	tcase_add_test(tc, nothing_to_write);
	tcase_add_test(tc, stdout_reopened_for_reading);
	tcase_add_test(tc, real_errors_keep_their_errno);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
