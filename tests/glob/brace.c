/* GLOB_BRACE as glibc expands it: nested, empty alternatives, unbalanced,
 * quoted, each alternative sorted on its own, duplicates kept. */
#define _GNU_SOURCE
#include <glob.h>
#include "gltest.h"
#include "lwbtest.h"

#define LIST(...) ((const char *const[]){ __VA_ARGS__, 0 })

struct bcase {
	const char *pattern;
	int flags;
	int expect;
	const char *const *paths;	/* in order */
};

static const struct bcase cases[] = {
	{ "{a,b}/x", 0, 0, LIST("a/x", "b/x") },
	{ "{a/x,b/x}", 0, 0, LIST("a/x", "b/x") },
	{ "{a}", 0, 0, LIST("a") },
	{ "a{,b}", 0, 0, LIST("a", "ab") },
	{ "a{b,c{d,e}}", 0, 0, LIST("ab") },
	{ "{a,{b,c}}", 0, 0, LIST("a", "b", "c") },
	{ "{x,a}{b,c}", 0, 0, LIST("ab", "ac") },
	/* Each alternative is sorted on its own; nothing across them. */
	{ "*{b,c}", 0, 0, LIST("a*b", "a\\b", "ab", "b", "ac", "c") },
	{ "{d,*f}", 0, 0, LIST("d", "f", "ff", "lf") },
	{ "{*f,d}", 0, 0, LIST("f", "ff", "lf", "d") },
	{ "{f,*f}", 0, 0, LIST("f", "f", "ff", "lf") },
	/* "{}" is one empty alternative; "{,}" two. */
	{ "{}", 0, GLOB_NOMATCH, LIST(0) },
	{ "x{,}y", 0, GLOB_NOMATCH, LIST(0) },
	/* A '{' no '}' closes: the pattern without GLOB_BRACE. */
	{ "x{y", 0, 0, LIST("x{y") },
	{ "{a,b", 0, GLOB_NOMATCH, LIST(0) },
	{ "{{a,b}", 0, GLOB_NOMATCH, LIST(0) },
	/* A lone '}' is a character; after a group it is one too. */
	{ "a}", 0, GLOB_NOMATCH, LIST(0) },
	{ "{a,b}}", 0, GLOB_NOMATCH, LIST(0) },
	{ "x}y", 0, 0, LIST("x}y") },
	/* Quoted braces and commas. */
	{ "\\{}", 0, 0, LIST("{}") },
	{ "x{\\,,}y", 0, 0, LIST("x,y") },
	{ "a\\*{b,c}", 0, 0, LIST("a*b") },
	{ "a\\{b,c}", GLOB_NOESCAPE, 0, LIST("a\\b") },
	{ "{a\\,b}", GLOB_NOESCAPE, 0, LIST("b") },
	/* Brackets are no shelter for braces. */
	{ "[{]}", 0, GLOB_NOMATCH, LIST(0) },
	/* Nothing matched: GLOB_NOCHECK gives the pattern back. */
	{ "{zz,yy}", GLOB_NOCHECK, 0, LIST("{zz,yy}") },
	{ "{zz,a}", GLOB_NOCHECK, 0, LIST("a") },
	{ "{}", GLOB_NOCHECK, 0, LIST("{}") },
	{ "{zz}/", GLOB_NOCHECK, 0, LIST("{zz}") },
	{ "{zz,yy}", GLOB_NOMAGIC, 0, LIST("{zz,yy}") },
	{ "{a,f}", GLOB_MARK, 0, LIST("a/", "f") },
	{ "{a,b}/", 0, 0, LIST("a/", "b/") },
	{ "{*}/", 0, 0, LIST("a/", "b/", "c/", "d/", "dd/", "la/") },
};

START_TEST(brace_cases)
{
	const struct bcase *c = &cases[_i];
	char *top = glt_fixture();
	glob_t g;

	glt_glob(c->pattern, GLOB_BRACE | c->flags, &g, c->expect);
	if (!c->expect) {
		glt_expect(&g, c->paths);
		globfree(&g);
	}
	glt_done(top);
}
END_TEST

/* gl_flags after braces: each alternative is globbed with GLOB_APPEND,
 * and the last that matched leaves its flags. */
START_TEST(brace_gl_flags)
{
	char *top = glt_fixture();
	glob_t g;

	glt_glob("{a,b}", GLOB_BRACE, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_BRACE | GLOB_APPEND | GLOB_NOCHECK);
	globfree(&g);
	glt_glob("*{b,c}", GLOB_BRACE, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_BRACE | GLOB_APPEND | GLOB_MAGCHAR);
	globfree(&g);
	glt_glob("{zz,yy}", GLOB_BRACE | GLOB_NOCHECK, &g, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_BRACE | GLOB_NOCHECK);
	globfree(&g);
	glt_done(top);
}
END_TEST

/* Without GLOB_BRACE braces are characters. */
START_TEST(no_brace_flag)
{
	char *top = glt_fixture();
	glob_t g;

	glt_glob("{}", 0, &g, 0);
	glt_expect(&g, LIST("{}"));
	globfree(&g);
	glt_glob("{a,b}", 0, &g, GLOB_NOMATCH);
	glt_done(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob GLOB_BRACE");
	TCase *tc = tcase_create("brace");

	tcase_add_loop_test(tc, brace_cases, 0, sizeof cases / sizeof *cases);
	tcase_add_test(tc, brace_gl_flags);
	tcase_add_test(tc, no_brace_flag);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
