/* Deliberate deviations from glibc 2.36 (oracle: false; listed in the
 * module's notes).
 *
 * gethostent_r and getnetent_r set *h_errnop, as the manual and the
 * prototypes promise (HOST_NOT_FOUND at the end of the file,
 * NETDB_INTERNAL with ERANGE), besides h_errno. glibc 2.36 sets h_errno
 * only and leaves *h_errnop as it was (measured: 4343 stays 4343 in
 * each case below), so a caller that reads it sees its own garbage. */
#define _GNU_SOURCE
#include <errno.h>
#include "netdbtest.h"

START_TEST(h_errnop_is_set)
{
	static const char *const f[][2] = { { "hosts", "hosts" }, { "networks", "networks" } };
	char buf[4096];
	struct hostent he, *h;
	struct netent ne, *n;
	int herr;

	ndt_etc(f, sizeof f / sizeof *f);
	herr = NDT_HERRNO;
	ck_assert_int_eq(gethostent_r(&he, buf, 10, &h, &herr), ERANGE);
	ck_assert_int_eq(herr, NETDB_INTERNAL);	/* glibc: 4343 */
	while (gethostent_r(&he, buf, sizeof buf, &h, &herr) == 0)
		herr = NDT_HERRNO;
	ck_assert_int_eq(herr, HOST_NOT_FOUND);	/* glibc: 4343 */
	herr = NDT_HERRNO;
	ck_assert_int_eq(getnetent_r(&ne, buf, 10, &n, &herr), ERANGE);
	ck_assert_int_eq(herr, NETDB_INTERNAL);	/* glibc: 4343 */
	while (getnetent_r(&ne, buf, sizeof buf, &n, &herr) == 0)
		herr = NDT_HERRNO;
	ck_assert_int_eq(herr, HOST_NOT_FOUND);	/* glibc: 4343 */
}
END_TEST

int main(void)
{
	Suite *s = suite_create("deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, h_errnop_is_set);
	suite_add_tcase(s, tc);
	return ndt_run(s);
}
