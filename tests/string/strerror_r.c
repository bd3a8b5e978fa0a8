/* Both strerror_r in one program: this unit has no _GNU_SOURCE and gets
 * the XSI version (int); strerror_r_gnu.c has it and gets the GNU one
 * (char *), as on glibc. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <string.h>
#include "lwbtest.h"

/* From strerror_r_gnu.c: the GNU strerror_r's result for these arguments,
 * and whether it left buf alone. */
const char *gnu_strerror_r(int e, char *buf, size_t size, int *untouched);

static void fill(char *buf, size_t size)
{
	memset(buf, 'x', size);
}

START_TEST(xsi_known)
{
	char buf[64];

	fill(buf, sizeof buf);
	errno = 77;
	ck_assert_int_eq(strerror_r(EIO, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "Input/output error");
	ck_assert_int_eq(errno, 77);
	/* "Success" and its NUL fit exactly in 8. */
	ck_assert_int_eq(strerror_r(0, buf, 8), 0);
	ck_assert_str_eq(buf, "Success");
}
END_TEST

START_TEST(xsi_too_small)
{
	char buf[64];

	fill(buf, sizeof buf);
	errno = 77;
	ck_assert_int_eq(strerror_r(ENOENT, buf, 8), ERANGE);
	ck_assert_str_eq(buf, "No such");
	ck_assert_int_eq(strerror_r(0, buf, 7), ERANGE);
	ck_assert_str_eq(buf, "Succes");
	ck_assert_int_eq(strerror_r(ENOENT, buf, 1), ERANGE);
	ck_assert_str_eq(buf, "");
	fill(buf, sizeof buf);
	ck_assert_int_eq(strerror_r(ENOENT, buf, 0), ERANGE);
	ck_assert_int_eq(buf[0], 'x');
	ck_assert_int_eq(errno, 77);
}
END_TEST

START_TEST(xsi_unknown)
{
	char buf[64];

	fill(buf, sizeof buf);
	errno = 77;
	ck_assert_int_eq(strerror_r(1000, buf, sizeof buf), EINVAL);
	ck_assert_str_eq(buf, "Unknown error 1000");
	ck_assert_int_eq(strerror_r(-5, buf, 8), EINVAL);
	ck_assert_str_eq(buf, "Unknown");
	ck_assert_int_eq(strerror_r(41, buf, 20), EINVAL);
	ck_assert_str_eq(buf, "Unknown error 41");
	fill(buf, sizeof buf);
	ck_assert_int_eq(strerror_r(41, buf, 0), EINVAL);
	ck_assert_int_eq(buf[0], 'x');
	ck_assert_int_eq(errno, 77);
}
END_TEST

START_TEST(gnu_known)
{
	char buf[64];
	int untouched;

	errno = 77;
	ck_assert_str_eq(gnu_strerror_r(ENOMEM, buf, sizeof buf, &untouched), "Cannot allocate memory");
	ck_assert(untouched);
	/* However small the buffer: the text is not copied. */
	ck_assert_str_eq(gnu_strerror_r(ENOENT, buf, 1, &untouched), "No such file or directory");
	ck_assert(untouched);
	ck_assert_str_eq(gnu_strerror_r(0, buf, 0, &untouched), "Success");
	ck_assert_int_eq(errno, 77);
}
END_TEST

START_TEST(gnu_unknown)
{
	char buf[64];
	int untouched;

	errno = 77;
	ck_assert_str_eq(gnu_strerror_r(1000, buf, sizeof buf, &untouched), "Unknown error 1000");
	ck_assert(!untouched);
	ck_assert_str_eq(gnu_strerror_r(-5, buf, 8, &untouched), "Unknown");
	ck_assert_str_eq(gnu_strerror_r(41, buf, 1, &untouched), "");
	ck_assert_int_eq(errno, 77);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("strerror_r");
	TCase *tc = tcase_create("strerror_r");

	tcase_add_test(tc, xsi_known);
	tcase_add_test(tc, xsi_too_small);
	tcase_add_test(tc, xsi_unknown);
	tcase_add_test(tc, gnu_known);
	tcase_add_test(tc, gnu_unknown);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
