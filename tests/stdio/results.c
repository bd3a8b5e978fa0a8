/* What the output functions return on success, as glibc: fputs and fputws
 * 1, puts the bytes written with the newline. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "lwbtest.h"

START_TEST(byte_results)
{
	FILE *f = fopen("/dev/null", "w");

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fputs("abc", f), 1);
	ck_assert_int_eq(fputs("", f), 1);
	ck_assert_int_eq(fputs_unlocked("abc", f), 1);
	ck_assert_int_eq(fputc(0x1ff, f), 0xff);
	ck_assert_int_eq(putc(-1, f), 0xff);
	ck_assert_int_eq(fwrite("abcd", 2, 2, f), 2);
	ck_assert_int_eq(putw(5, f), 0);
	ck_assert(!ferror(f));
	fclose(f);
}
END_TEST

START_TEST(wide_results)
{
	FILE *f = fopen("/dev/null", "w");

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fputws(L"abc", f), 1);
	ck_assert_int_eq(fputws(L"", f), 1);
	ck_assert_int_eq(fputws_unlocked(L"ab", f), 1);
	ck_assert_int_eq(fputwc(L'x', f), L'x');
	ck_assert(!ferror(f));
	fclose(f);
}
END_TEST

START_TEST(puts_results)
{
	ck_assert_ptr_nonnull(freopen("/dev/null", "w", stdout));
	ck_assert_int_eq(puts("abc"), 4);
	ck_assert_int_eq(puts(""), 1);
	ck_assert_int_eq(putchar('x'), 'x');
}
END_TEST

int main(void)
{
	Suite *s = suite_create("stdio output results");
	TCase *tc = tcase_create("results");

	tcase_add_test(tc, byte_results);
	tcase_add_test(tc, wide_results);
	tcase_add_test(tc, puts_results);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
