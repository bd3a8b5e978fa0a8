/*
 * libwildebeest answers GNU code's questions without claiming to be glibc.
 * musl only (glibc answers them as glibc); listed in docs/compat.md.
 *   glibc: __GLIBC__ 2, __GLIBC_PREREQ true up to 2.36, <gnu/libc-version.h>
 *   and gnu_get_libc_version() "2.36", confstr(_CS_GNU_LIBC_VERSION)
 *   "glibc 2.36", __USE_GNU under _GNU_SOURCE.
 */
#define _GNU_SOURCE
#include <sys/cdefs.h>
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include "lwbtest.h"

#if defined __GLIBC__ || defined __GLIBC_MINOR__ || defined __GNU_LIBRARY__
#error "libwildebeest must never claim to be glibc"
#endif
#if defined __USE_GNU || defined __USE_MISC || defined __USE_LARGEFILE64
#error "glibc's internal feature state stays glibc's"
#endif
#ifdef __unused
#error "__unused is a structure member name in musl's headers"
#endif
#if __GLIBC_PREREQ(0, 0)
#error "__GLIBC_PREREQ is false for every version"
#endif
#ifdef __has_include
#if __has_include(<gnu/libc-version.h>)
#error "there is no glibc version to report"
#endif
#endif

START_TEST(not_glibc)
{
	char buf[64] = "";

	ck_assert_int_eq(__GLIBC_PREREQ(0, 0), 0);
	ck_assert_int_eq(__GLIBC_PREREQ(2, 36), 0);
	/* getconf GNU_LIBC_VERSION's question keeps failing. */
	errno = 0;
	ck_assert_uint_eq(confstr(_CS_GNU_LIBC_VERSION, buf, sizeof buf), 0);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_str_eq(buf, "");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("cdefs_identity");
	TCase *tc = tcase_create("identity");

	tcase_add_test(tc, not_glibc);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
