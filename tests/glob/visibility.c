/* A caller with no feature macro of its own. glibc's <glob.h> hides its
 * GNU flags only from callers at POSIX.2 or X/Open without the default
 * names: the GNU dialects see them, and so does strict ISO C (-std=c11)
 * unless _REENTRANT (-pthread) raises it to POSIX 1995. The Check
 * dependency may bring -pthread; both cases are checked as they come.
 * GLOB_ABEND wants _GNU_SOURCE. */
#include <glob.h>
#include <stdlib.h>
#include "gltest.h"
#include "lwbtest.h"

#if !defined(__STRICT_ANSI__) || !(defined(_REENTRANT) || defined(_THREAD_SAFE))
#if !defined(GLOB_MAGCHAR) || !defined(GLOB_ALTDIRFUNC) || !defined(GLOB_BRACE) || !defined(GLOB_NOMAGIC) \
	|| !defined(GLOB_TILDE) || !defined(GLOB_ONLYDIR) || !defined(GLOB_TILDE_CHECK)
#error "glibc's <glob.h> has its GNU flags here"
#endif
#elif defined(GLOB_MAGCHAR) || defined(GLOB_ALTDIRFUNC) || defined(GLOB_BRACE) || defined(GLOB_NOMAGIC) \
	|| defined(GLOB_ONLYDIR)
#error "glibc's <glob.h> hides its GNU flags at POSIX 1995 without _DEFAULT_SOURCE"
#endif
#ifdef GLOB_ABEND
#error "glibc's <glob.h> has GLOB_ABEND only under _GNU_SOURCE"
#endif

#ifndef GLOB_BRACE
#define GLOB_MAGCHAR (1 << 8)
#define GLOB_BRACE (1 << 10)
#define GLOB_NOMAGIC (1 << 11)
#define GLOB_ONLYDIR (1 << 13)
#endif

#define LIST(...) ((const char *const[]){ __VA_ARGS__, 0 })

START_TEST(flags_without_feature_macros)
{
	char *top = glt_fixture();
	glob_t g;

	glt_glob("{b,a}/x", GLOB_BRACE, &g, 0);
	glt_expect(&g, LIST("b/x", "a/x"));
	ck_assert_int_eq(g.gl_flags, GLOB_BRACE | GLOB_APPEND | GLOB_NOCHECK);
	globfree(&g);
	glt_glob("d*", GLOB_ONLYDIR | GLOB_MARK, &g, 0);
	glt_expect(&g, LIST("d/", "dd/"));
	ck_assert_int_eq(g.gl_flags, GLOB_ONLYDIR | GLOB_MARK | GLOB_MAGCHAR);
	globfree(&g);
	glt_glob("nothing", GLOB_NOMAGIC, &g, 0);
	glt_expect(&g, LIST("nothing"));
	globfree(&g);
	glt_done(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob without feature macros");
	TCase *tc = tcase_create("visibility");

	tcase_add_test(tc, flags_without_feature_macros);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
