/*
 * glibc's features.h includes sys/cdefs.h, so its macros come with any libc
 * header and code uses them without including sys/cdefs.h (systemd's
 * glibc-derived headers write __THROW after <features.h>; dracut tests
 * __GLIBC_PREREQ after <stdio.h>). This file includes no sys/cdefs.h.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

__BEGIN_DECLS
extern int lwbt_declared_nothrow(const char *) __THROW __nonnull ((1)) __wur;
extern int __REDIRECT_NTH (lwbt_atoi, (const char *__s), atoi) __attribute_pure__;
__END_DECLS

#if defined __GLIBC__ && __GLIBC_PREREQ(2, 10)
static const int new_glibc = 1;
#else
static const int new_glibc = 0;
#endif

START_TEST(cdefs_through_stdlib)
{
	ck_assert_int_eq(new_glibc, LWBT_GLIBC);
	ck_assert_int_eq(lwbt_atoi("42"), 42);
	ck_assert_int_eq(__CONCAT(4, 2), 42);
	ck_assert_str_eq(__STRING(x), "x");
	ck_assert(__GNUC_PREREQ(4, 0));
	ck_assert_int_eq(__glibc_likely(1), 1);
	ck_assert_int_eq(__WORDSIZE, (int)sizeof(long) * 8);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("cdefs_features");
	TCase *tc = tcase_create("features");

	tcase_add_test(tc, cdefs_through_stdlib);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
