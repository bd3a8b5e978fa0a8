/* POSIX glob and the GNU flags that change what matches, on a fixture. */
#define _GNU_SOURCE
#include <errno.h>
#include <glob.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gltest.h"
#include "lwbtest.h"

#define LIST(...) ((const char *const[]){ __VA_ARGS__, 0 })

START_TEST(sorted_matches)
{
	char *top = glt_fixture();
	glob_t g;

	glt_glob("*", 0, &g, 0);
	glt_expect(&g, LIST("[a]", "a", "a*b", "a\\b", "ab", "ac", "b", "c", "d", "dang", "dd", "f", "ff", "la", "lf",
		"x,y", "x{y", "x}y", "{}"));
	ck_assert_int_eq(g.gl_flags, GLOB_MAGCHAR);
	globfree(&g);
	glt_glob(".*", 0, &g, 0);
	glt_expect(&g, LIST(".", "..", ".hd", ".hid"));
	globfree(&g);
	glt_glob("?", 0, &g, 0);
	glt_expect(&g, LIST("a", "b", "c", "d", "f"));
	globfree(&g);
	glt_glob("*/*", 0, &g, 0);
	glt_expect(&g, LIST("a/x", "a/y", "b/x", "d/e", "dd/x", "la/x", "la/y"));
	globfree(&g);
	glt_glob("d/*/x", 0, &g, 0);
	glt_expect(&g, LIST("d/e/x"));
	globfree(&g);
	glt_glob("[!a]*", 0, &g, 0);
	glt_expect(&g, LIST("[a]", "b", "c", "d", "dang", "dd", "f", "ff", "la", "lf", "x,y", "x{y", "x}y", "{}"));
	globfree(&g);
	glt_glob("*[{}]*", 0, &g, 0);
	glt_expect(&g, LIST("x{y", "x}y", "{}"));
	globfree(&g);
	glt_glob("a\\*b", 0, &g, 0);
	glt_expect(&g, LIST("a*b"));
	globfree(&g);
	glt_glob("[[]a]", 0, &g, 0);
	glt_expect(&g, LIST("[a]"));
	globfree(&g);
	glt_glob("la/*", 0, &g, 0);
	glt_expect(&g, LIST("la/x", "la/y"));
	globfree(&g);
	/* A literal name is looked up, so a dangling link is found. */
	glt_glob("dang", 0, &g, 0);
	glt_expect(&g, LIST("dang"));
	globfree(&g);
	glt_glob("nonexist", 0, &g, GLOB_NOMATCH);
	glt_glob("*/nonexist", 0, &g, GLOB_NOMATCH);
	glt_glob("", 0, &g, GLOB_NOMATCH);
	glt_done(top);
}
END_TEST

/* Sorted with strcoll: in C and C.UTF-8 (the locales musl has) that is
 * byte order, invalid UTF-8 included, for both libcs. */
START_TEST(sorted_by_locale)
{
	static const char *const names[] = { "\xc3\xa9", "z", "\xff", "B", "\xc3", "_x", "Z", "a", "\xe2\x82\xac",
		"\xc3\xa9\xff", "1", 0 };
	static const char *const locales[] = { "C", "C.UTF-8" };
	char *top = lwbt_tmpdir();
	glob_t g;

	for (int i = 0; names[i]; i++)
		lwbt_touch(top, names[i]);
	ck_assert_int_eq(chdir(top), 0);
	for (int i = 0; i < 2; i++) {
		ck_assert_ptr_nonnull(setlocale(LC_ALL, locales[i]));
		glt_glob("*", 0, &g, 0);
		glt_expect(&g, LIST("1", "B", "Z", "_x", "a", "z", "\xc3", "\xc3\xa9", "\xc3\xa9\xff", "\xe2\x82\xac",
			"\xff"));
		globfree(&g);
	}
	setlocale(LC_ALL, "C");
	glt_done(top);
}
END_TEST

START_TEST(nosort)
{
	char *top = glt_fixture();
	glob_t g;

	glt_glob("*/x", GLOB_NOSORT, &g, 0);
	glt_expect_set(&g, LIST("a/x", "b/x", "dd/x", "la/x"));
	globfree(&g);
	glt_glob("a/*", GLOB_NOSORT, &g, 0);
	glt_expect_set(&g, LIST("a/x", "a/y"));
	globfree(&g);
	glt_done(top);
}
END_TEST

START_TEST(mark)
{
	char *top = glt_fixture();
	glob_t g;

	/* Marked first, sorted then: "a/" after "a*b". */
	glt_glob("*", GLOB_MARK, &g, 0);
	glt_expect(&g, LIST("[a]", "a*b", "a/", "a\\b", "ab", "ac", "b/", "c/", "d/", "dang", "dd/", "f", "ff", "la/", "lf",
		"x,y", "x{y", "x}y", "{}"));
	globfree(&g);
	glt_glob("la", GLOB_MARK, &g, 0);
	glt_expect(&g, LIST("la/"));
	globfree(&g);
	glt_glob("lf", GLOB_MARK, &g, 0);
	glt_expect(&g, LIST("lf"));
	globfree(&g);
	glt_glob("dang", GLOB_MARK, &g, 0);
	glt_expect(&g, LIST("dang"));
	globfree(&g);
	glt_glob("*/", GLOB_MARK, &g, 0);
	glt_expect(&g, LIST("a//", "b//", "c//", "d//", "dd//", "la//"));
	globfree(&g);
	glt_done(top);
}
END_TEST

START_TEST(period_noescape_onlydir)
{
	char *top = glt_fixture();
	glob_t g;

	glt_glob("*", GLOB_PERIOD, &g, 0);
	ck_assert_uint_eq(g.gl_pathc, 23);
	ck_assert_str_eq(g.gl_pathv[0], ".");
	ck_assert_str_eq(g.gl_pathv[1], "..");
	ck_assert_str_eq(g.gl_pathv[2], ".hd");
	globfree(&g);
	glt_glob("a/*", GLOB_PERIOD, &g, 0);
	glt_expect(&g, LIST("a/.", "a/..", "a/.h", "a/x", "a/y"));
	globfree(&g);
	/* GLOB_PERIOD is not for the directories on the way. */
	glt_glob("*/x", GLOB_PERIOD, &g, 0);
	glt_expect(&g, LIST("a/x", "b/x", "dd/x", "la/x"));
	globfree(&g);
	glt_glob("a\\b", GLOB_NOESCAPE, &g, 0);
	glt_expect(&g, LIST("a\\b"));
	globfree(&g);
	glt_glob("a\\*b", GLOB_NOESCAPE, &g, 0);
	glt_expect(&g, LIST("a\\b"));
	globfree(&g);
	glt_glob("*", GLOB_ONLYDIR, &g, 0);
	glt_expect(&g, LIST("a", "b", "c", "d", "dd", "la"));
	globfree(&g);
	/* Only a hint for a name without wildcards. */
	glt_glob("f", GLOB_ONLYDIR, &g, 0);
	glt_expect(&g, LIST("f"));
	globfree(&g);
	glt_done(top);
}
END_TEST

START_TEST(nocheck_nomagic)
{
	char *top = glt_fixture();
	glob_t g;

	glt_glob("zz", GLOB_NOCHECK, &g, 0);
	glt_expect(&g, LIST("zz"));
	ck_assert_int_eq(g.gl_flags, GLOB_NOCHECK);
	globfree(&g);
	glt_glob("*zz", GLOB_NOCHECK, &g, 0);
	glt_expect(&g, LIST("*zz"));
	ck_assert_int_eq(g.gl_flags, GLOB_NOCHECK | GLOB_MAGCHAR);
	globfree(&g);
	glt_glob("\\*zz", GLOB_NOCHECK, &g, 0);
	glt_expect(&g, LIST("\\*zz"));
	globfree(&g);
	glt_glob("zz*/x", GLOB_NOCHECK, &g, 0);
	glt_expect(&g, LIST("zz*/x"));
	globfree(&g);
	glt_glob("", GLOB_NOCHECK, &g, 0);
	glt_expect(&g, LIST(""));
	globfree(&g);
	glt_glob("zz", GLOB_NOMAGIC, &g, 0);
	glt_expect(&g, LIST("zz"));
	ck_assert_int_eq(g.gl_flags, GLOB_NOMAGIC | GLOB_NOCHECK);
	globfree(&g);
	glt_glob("*zz", GLOB_NOMAGIC, &g, GLOB_NOMATCH);
	glt_glob("a\\zz", GLOB_NOMAGIC, &g, GLOB_NOMATCH);
	glt_glob("", GLOB_NOMAGIC, &g, GLOB_NOMATCH);
	glt_done(top);
}
END_TEST

/* gl_flags: the call's flags, with GLOB_MAGCHAR for a pattern that read a
 * directory; glibc also leaves GLOB_NOCHECK there for a name without
 * wildcards, and GLOB_APPEND after directories with wildcards. Left as
 * it was when nothing matches. */
START_TEST(gl_flags)
{
	char *top = glt_fixture();
	glob_t g;

	glt_glob("a*", GLOB_ERR, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_ERR | GLOB_MAGCHAR);
	globfree(&g);
	glt_glob("a/x", 0, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_NOCHECK);
	globfree(&g);
	glt_glob("*/x", 0, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_APPEND | GLOB_NOCHECK);
	globfree(&g);
	glt_glob("*/*", 0, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_APPEND | GLOB_MAGCHAR);
	globfree(&g);
	glt_glob("a/", 0, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_ONLYDIR | GLOB_NOCHECK);
	globfree(&g);
	g.gl_flags = 12345;
	glt_glob("zz*", 0, &g, GLOB_NOMATCH);
	ck_assert_int_eq(g.gl_flags, 12345);
	glt_done(top);
}
END_TEST

#ifndef GLT_OFFS_INTERCEPTED
START_TEST(dooffs_append)
{
	char *top = glt_fixture();
	glob_t g;

	g.gl_offs = 2;
	glt_glob("a/*", GLOB_DOOFFS, &g, 0);
	ck_assert_ptr_null(g.gl_pathv[0]);
	ck_assert_ptr_null(g.gl_pathv[1]);
	glt_expect(&g, LIST("a/x", "a/y"));
	glt_glob("b/*", GLOB_DOOFFS | GLOB_APPEND, &g, 0);
	glt_expect(&g, LIST("a/x", "a/y", "b/x"));
	/* Nothing more: the results stay. */
	glt_glob("zz*", GLOB_DOOFFS | GLOB_APPEND, &g, GLOB_NOMATCH);
	glt_expect(&g, LIST("a/x", "a/y", "b/x"));
	globfree(&g);
	ck_assert_ptr_null(g.gl_pathv);
	/* The null slots come even when nothing matches. */
	g.gl_offs = 3;
	glt_glob("zz*", GLOB_DOOFFS, &g, GLOB_NOMATCH);
	ck_assert_ptr_nonnull(g.gl_pathv);
	for (int i = 0; i < 4; i++)
		ck_assert_ptr_null(g.gl_pathv[i]);
	globfree(&g);
	/* Without GLOB_DOOFFS gl_offs is 0. */
	g.gl_offs = 5;
	glt_glob("f", 0, &g, 0);
	ck_assert_uint_eq(g.gl_offs, 0);
	glt_expect(&g, LIST("f"));
	globfree(&g);
	glt_done(top);
}
END_TEST
#endif

/* Every path is an allocation of its own: systemd frees them one by one
 * and then the vector (strv_free). */
START_TEST(paths_freed_one_by_one)
{
	char *top = glt_fixture();
	glob_t g;

#ifdef GLT_OFFS_INTERCEPTED
	g.gl_offs = 0;
#else
	g.gl_offs = 1;
#endif
	glt_glob("{a,b}/*", GLOB_BRACE | GLOB_DOOFFS, &g, 0);
	glt_glob("*", GLOB_BRACE | GLOB_DOOFFS | GLOB_APPEND, &g, 0);
	for (size_t i = 0; i < g.gl_pathc; i++)
		free(g.gl_pathv[g.gl_offs + i]);
	free(g.gl_pathv);
	glt_done(top);
}
END_TEST

START_TEST(bad_arguments)
{
	glob_t g = { 0 };

	errno = 0;
	ck_assert_int_eq(glob("*", 1 << 20, 0, &g), -1);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_ptr_null(g.gl_pathv);
}
END_TEST

START_TEST(pattern_p)
{
	ck_assert_int_eq(glob_pattern_p("a*", 0), 1);
	ck_assert_int_eq(glob_pattern_p("a?", 1), 1);
	ck_assert_int_eq(glob_pattern_p("[a]", 1), 1);
	ck_assert_int_eq(glob_pattern_p("[a", 1), 0);
	ck_assert_int_eq(glob_pattern_p("[]", 1), 1);
	ck_assert_int_eq(glob_pattern_p("\\*", 1), 0);
	ck_assert_int_eq(glob_pattern_p("\\*", 0), 1);
	ck_assert_int_eq(glob_pattern_p("[\\]", 1), 0);
	ck_assert_int_eq(glob_pattern_p("[\\]]", 1), 1);
	ck_assert_int_eq(glob_pattern_p("{a,b}", 1), 0);
	ck_assert_int_eq(glob_pattern_p("abc", 1), 0);
}
END_TEST

START_TEST(glob64_too)
{
	char *top = glt_fixture();
	glob64_t g;

	ck_assert_int_eq(glob64("{a,b}/x", GLOB_BRACE, 0, &g), 0);
	ck_assert_uint_eq(g.gl_pathc, 2);
	ck_assert_str_eq(g.gl_pathv[0], "a/x");
	ck_assert_str_eq(g.gl_pathv[1], "b/x");
	globfree64(&g);
	glt_done(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob basics");
	TCase *tc = tcase_create("basic");

	tcase_add_test(tc, sorted_matches);
	tcase_add_test(tc, sorted_by_locale);
	tcase_add_test(tc, nosort);
	tcase_add_test(tc, mark);
	tcase_add_test(tc, period_noescape_onlydir);
	tcase_add_test(tc, nocheck_nomagic);
	tcase_add_test(tc, gl_flags);
#ifndef GLT_OFFS_INTERCEPTED
	tcase_add_test(tc, dooffs_append);
#endif
	tcase_add_test(tc, paths_freed_one_by_one);
	tcase_add_test(tc, bad_arguments);
	tcase_add_test(tc, pattern_p);
	tcase_add_test(tc, glob64_too);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
