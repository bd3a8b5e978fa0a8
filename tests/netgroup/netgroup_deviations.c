/*
 * Where glibc 2.36 fails: musl only (listed in docs/compat.md).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"
#include "../gshadow/etc.h"

/* A group whose name ends in the backslash that continues its line
 * ("b2\" then " (a,a,a)"): glibc finds it and returns (a,a,a), then
 * corrupts its heap, and endnetgrent aborts with "double free or
 * corruption". libwildebeest returns the same triple and frees cleanly. */
START_TEST(name_ending_in_continuation)
{
	char *path = acct_fixture("netgroup.odd");
	char *h, *u, *d;

	acct_etc("netgroup", path);
	for (int round = 0; round < 3; round++) {
		ck_assert_int_eq(setnetgrent("b2\\"), 1);
		ck_assert_int_eq(getnetgrent(&h, &u, &d), 1);
		ck_assert_str_eq(h, "a");
		ck_assert_str_eq(u, "a");
		ck_assert_str_eq(d, "a");
		ck_assert_int_eq(getnetgrent(&h, &u, &d), 0);
		endnetgrent();
	}
	ck_assert_int_eq(innetgr("b2\\", "a", "a", "a"), 1);
	/* "b2" itself is followed by the backslash, not white space. */
	ck_assert_int_eq(setnetgrent("b2"), 0);
	endnetgrent();
	free(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("netgroup deviations");
	TCase *tc = tcase_create("netgroup");

	if (!acct_namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	tcase_add_test(tc, name_ending_in_continuation);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
