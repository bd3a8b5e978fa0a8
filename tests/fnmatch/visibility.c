/* A caller with no feature macro of its own. glibc's <fnmatch.h> hides
 * its GNU flags only when _POSIX_C_SOURCE is 2 or later, which glibc's
 * <features.h> (read here through <stdlib.h>) defines for its default mode
 * (the GNU dialects) and for _REENTRANT (-pthread): strict ISO C
 * (-std=c11) without -pthread sees FNM_EXTMATCH, the rest do not. The
 * Check dependency may bring -pthread; both cases are checked as they come.
 * (<fnmatch.h> itself does not read <features.h>, on either libc:
 * included first, it shows FNM_EXTMATCH in every mode.) */
#include <stdlib.h>
#include <fnmatch.h>
#include "lwbtest.h"

#if defined(__STRICT_ANSI__) && !defined(_REENTRANT) && !defined(_THREAD_SAFE)
#ifndef FNM_EXTMATCH
#error "glibc's <fnmatch.h> has FNM_EXTMATCH in strict ISO C"
#endif
#elif defined(FNM_EXTMATCH)
#error "glibc's <fnmatch.h> hides FNM_EXTMATCH under _POSIX_C_SOURCE 2 and later"
#endif

START_TEST(flags_without_feature_macros)
{
#ifdef FNM_EXTMATCH
	/* glibc shows the other GNU flags under the same condition. */
	ck_assert_int_eq(FNM_EXTMATCH, 1 << 5);
	ck_assert_int_eq(fnmatch("*.C", "x.c", FNM_CASEFOLD), 0);
	ck_assert_int_eq(fnmatch("d", "d/x", FNM_LEADING_DIR), 0);
	ck_assert_int_eq(fnmatch("*", "d/x", FNM_FILE_NAME), FNM_NOMATCH);
#define EXTMATCH FNM_EXTMATCH
#else
#define EXTMATCH 0x20
#endif
	ck_assert_int_eq(fnmatch("+(ab|cd)x", "abcdx", EXTMATCH), 0);
	ck_assert_int_eq(fnmatch("@(a|b)", "c", EXTMATCH), FNM_NOMATCH);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fnmatch without feature macros");
	TCase *tc = tcase_create("visibility");

	tcase_add_test(tc, flags_without_feature_macros);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
