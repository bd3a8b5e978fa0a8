/*
 * Corners where glibc's glob answers in its own way, each observed on
 * glibc 2.36: directory parts that end in '/', backslashes next to a
 * '/', GLOB_NOCHECK and GLOB_NOMAGIC after directory parts that were
 * globbed or unquoted.
 */
#define _GNU_SOURCE
#include <glob.h>
#include "gltest.h"
#include "lwbtest.h"

#define LIST(...) ((const char *const[]){ __VA_ARGS__, 0 })

struct qcase {
	const char *pattern;
	int flags;
	int expect;
	const char *const *paths;
};

static const struct qcase cases[] = {
	/* A pattern ending in '/' asks for directories; after one
	 * character it is looked up as it stands ("f/" is not a
	 * directory), after more it is the name globbed for directories
	 * only and marked: a file or dangling link stays unmarked. */
	{ "a/", 0, 0, LIST("a/") },
	{ "f/", 0, GLOB_NOMATCH, LIST(0) },
	{ "ff/", 0, 0, LIST("ff") },
	{ "dd/", 0, 0, LIST("dd/") },
	{ "la/", 0, 0, LIST("la/") },
	{ "dang/", 0, 0, LIST("dang") },
	{ "dd//", 0, 0, LIST("dd/") },
	{ "d//", 0, 0, LIST("d//") },
	{ "a/", GLOB_MARK, 0, LIST("a//") },
	{ "dd/", GLOB_MARK, 0, LIST("dd/") },
	{ "zz/", GLOB_NOCHECK, 0, LIST("zz") },
	{ "*/", 0, 0, LIST("a/", "b/", "c/", "d/", "dd/", "la/") },
	{ "a*/", 0, 0, LIST("a/") },
	{ "/", 0, 0, LIST("/") },
	{ "//", 0, 0, LIST("/") },
	/* A leading "//" is one '/'; inside, slashes stay as written. */
	{ "a//x", 0, 0, LIST("a//x") },
	{ "a///*", 0, 0, LIST("a///x", "a///y") },
	{ "./f", 0, 0, LIST("./f") },
	{ "./", 0, 0, LIST("./") },
	/* Backslashes: dropped from a directory part, which is then no
	 * wildcard; a backslash before the '/' goes with it, "\/" being
	 * "/". */
	{ "\\a/x", 0, 0, LIST("a/x") },
	{ "a\\/x", 0, 0, LIST("a/x") },
	{ "\\/", 0, 0, LIST("/") },
	{ "d\\/", 0, 0, LIST("d/") },
	{ "\\a/zz", GLOB_NOCHECK, 0, LIST("\\a/zz") },
	{ "a/\\zz", GLOB_NOCHECK, 0, LIST("a/\\zz") },
	/* GLOB_NOCHECK after a directory part that could not be read. */
	{ "f/*z", GLOB_NOCHECK, 0, LIST("f/*z") },
	{ "nonexist/*z", GLOB_NOCHECK, 0, LIST("nonexist/*z") },
	/* An unclosed '[' makes a wildcard for glob. */
	{ "[a", GLOB_NOMAGIC, GLOB_NOMATCH, LIST(0) },
	{ "[a", GLOB_NOCHECK, 0, LIST("[a") },
};

START_TEST(quirk_cases)
{
	const struct qcase *c = &cases[_i];
	char *top = glt_fixture();
	glob_t g;

	glt_glob(c->pattern, c->flags, &g, c->expect);
	if (!c->expect) {
		glt_expect(&g, c->paths);
		globfree(&g);
	}
	glt_done(top);
}
END_TEST

/* gl_flags: GLOB_MAGCHAR only for a directory that was read. */
START_TEST(quirk_gl_flags)
{
	char *top = glt_fixture();
	glob_t g;

	glt_glob("a/*z", GLOB_NOCHECK, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_NOCHECK | GLOB_MAGCHAR);
	globfree(&g);
	glt_glob("f/*z", GLOB_NOCHECK, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_NOCHECK);
	globfree(&g);
	glt_glob("\\a/*z", GLOB_NOCHECK, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_NOCHECK);
	globfree(&g);
	glt_glob("d?/zz", GLOB_NOCHECK, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_NOCHECK | GLOB_MAGCHAR);
	globfree(&g);
	glt_glob("zz?/zz", GLOB_NOCHECK, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_NOCHECK);
	globfree(&g);
	glt_glob("\\q", 0, &g, GLOB_NOMATCH);
	glt_glob("\\f", 0, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_MAGCHAR);
	globfree(&g);
	glt_done(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob corners");
	TCase *tc = tcase_create("quirks");

	tcase_add_loop_test(tc, quirk_cases, 0, sizeof cases / sizeof *cases);
	tcase_add_test(tc, quirk_gl_flags);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
