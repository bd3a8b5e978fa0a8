/*
 * glibc's <utmpx.h> names the utmpx databases under _GNU_SOURCE, with the
 * paths <paths.h> gives the utmp ones (systemd's utmp-wtmp.c passes
 * _PATH_UTMPX to utmpxname and _PATH_WTMPX to updwtmpx), and the ut_type
 * ACCOUNTING.
 */
#define _GNU_SOURCE
#include <utmpx.h>
#include <string.h>
#include "lwbtest.h"

START_TEST(paths_follow_paths_h)
{
	/* <utmpx.h> alone brings <paths.h>'s names, as on glibc. */
	ck_assert_str_eq(_PATH_UTMPX, _PATH_UTMP);
	ck_assert_str_eq(_PATH_WTMPX, _PATH_WTMP);
	ck_assert_str_eq(UTMPX_FILE, _PATH_UTMPX);
	ck_assert_str_eq(WTMPX_FILE, _PATH_WTMPX);
	ck_assert_str_ne(_PATH_UTMPX, _PATH_WTMPX);
}
END_TEST

START_TEST(accounting_type)
{
	/* systemd's test-utmp switches over ut_type with it. */
	struct utmpx u;

	u.ut_type = ACCOUNTING;
	ck_assert_int_eq(u.ut_type, 9);
	ck_assert_int_ne(ACCOUNTING, DEAD_PROCESS);
}
END_TEST

START_TEST(paths_are_string_literals)
{
	/* Usable where a literal is: concatenation and sizeof. */
	static const char both[] = _PATH_UTMPX "|" _PATH_WTMPX;

	ck_assert_uint_eq(sizeof(_PATH_UTMPX), strlen(_PATH_UTMP) + 1);
	ck_assert_uint_eq(strlen(both), strlen(_PATH_UTMP) + 1 + strlen(_PATH_WTMP));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("gnu-decls utmpx");
	TCase *tc = tcase_create("paths");

	tcase_add_test(tc, paths_follow_paths_h);
	tcase_add_test(tc, paths_are_string_literals);
	tcase_add_test(tc, accounting_type);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
