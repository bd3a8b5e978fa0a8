/* A caller that never includes libwildebeest's <fnmatch.h>: built without
 * the module's -I flags, it sees musl's header, which has no FNM_EXTMATCH.
 * The link still routes fnmatch to the GNU matcher. No _GNU_SOURCE, so
 * glibc hides FNM_EXTMATCH too, and both libcs compile the same code: the
 * GNU value as a literal, as such callers do. */
#define _POSIX_C_SOURCE 200809L
#include <fnmatch.h>
#include "lwbtest.h"

#ifdef FNM_EXTMATCH
#error "this test must not see FNM_EXTMATCH"
#endif

START_TEST(extmatch_without_the_header)
{
	ck_assert_int_eq(fnmatch("+(ab|cd)x", "abcdx", 0x20), 0);
	ck_assert_int_eq(fnmatch("!(*.c)", "a.c", 0x20), FNM_NOMATCH);
	ck_assert_int_eq(fnmatch("!(*.c)", "a.h", 0x20), 0);
	/* Without the flag, ordinary characters. */
	ck_assert_int_eq(fnmatch("+(ab|cd)x", "abcdx", 0), FNM_NOMATCH);
}
END_TEST

START_TEST(glibc_answers_without_the_header)
{
	/* Plain patterns where musl's own fnmatch answers otherwise. */
	ck_assert_int_eq(fnmatch("[a-", "[a-", 0), FNM_NOMATCH);
	ck_assert_int_eq(fnmatch("\\", "\\", 0), FNM_NOMATCH);
	ck_assert_int_eq(fnmatch("[\\]", "\\", 0), FNM_NOMATCH);
	ck_assert_int_eq(fnmatch("[[.a.]]", "a", 0), 0);
	ck_assert_int_eq(fnmatch("[[=a=]]", "a", 0), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fnmatch without the header");
	TCase *tc = tcase_create("nomask");

	tcase_add_test(tc, extmatch_without_the_header);
	tcase_add_test(tc, glibc_answers_without_the_header);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
