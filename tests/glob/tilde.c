/*
 * GLOB_TILDE and GLOB_TILDE_CHECK: $HOME, another user's home from the
 * password database, names that are no user, and a home that has
 * wildcards in it (glibc puts it in as text).
 */
#define _GNU_SOURCE
#include <glob.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gltest.h"
#include "lwbtest.h"

#define LIST(...) ((const char *const[]){ __VA_ARGS__, 0 })
#define NOUSER "lwbt-no-such-user"

static char *at(const char *dir, const char *rest)
{
	char *p;

	ck_assert(asprintf(&p, "%s%s", dir, rest) > 0);
	return p;
}

START_TEST(home)
{
	char *top = glt_fixture(), *hx, *hy, *hb;
	glob_t g;

	setenv("HOME", top, 1);
	glt_glob("~", GLOB_TILDE, &g, 0);
	glt_expect(&g, LIST(top));
	globfree(&g);
	glt_glob("~/a/*", GLOB_TILDE, &g, 0);
	hx = at(top, "/a/x");
	hy = at(top, "/a/y");
	glt_expect(&g, LIST(hx, hy));
	globfree(&g);
	free(hx);
	free(hy);
	glt_glob("~/", GLOB_TILDE, &g, 0);
	hb = at(top, "/");
	glt_expect(&g, LIST(hb));
	globfree(&g);
	free(hb);
	/* "~\" alone is "~" and a backslash. */
	glt_glob("~\\", GLOB_TILDE, &g, 0);
	hb = at(top, "\\");
	glt_expect(&g, LIST(hb));
	globfree(&g);
	free(hb);
	/* Only at the start, and not quoted. */
	glt_glob("a/~", GLOB_TILDE, &g, GLOB_NOMATCH);
	glt_glob("\\~", GLOB_TILDE, &g, GLOB_NOMATCH);
	/* Not without the flag. */
	glt_glob("~", 0, &g, GLOB_NOMATCH);
	glt_done(top);
}
END_TEST

START_TEST(other_users)
{
	struct passwd *pw = getpwnam("root");
	char *top = glt_fixture(), *want;
	glob_t g;

	ck_assert_ptr_nonnull(pw);
	want = strdup(pw->pw_dir);
	glt_glob("~root", GLOB_TILDE, &g, 0);
	glt_expect(&g, LIST(want));
	globfree(&g);
	glt_glob("~r\\oot", GLOB_TILDE, &g, 0);
	glt_expect(&g, LIST(want));
	globfree(&g);
	free(want);
	/* No such user: the pattern as it is, not even looked up... */
	glt_glob("~" NOUSER, GLOB_TILDE, &g, 0);
	glt_expect(&g, LIST("~" NOUSER));
	ck_assert_int_eq(g.gl_flags, GLOB_TILDE);
	globfree(&g);
	glt_glob("~ro*t", GLOB_TILDE, &g, 0);
	glt_expect(&g, LIST("~ro*t"));
	globfree(&g);
	glt_glob("~" NOUSER "/x", GLOB_TILDE, &g, GLOB_NOMATCH);
	/* ...or nothing with GLOB_TILDE_CHECK, GLOB_NOCHECK or not. */
	glt_glob("~" NOUSER, GLOB_TILDE_CHECK, &g, GLOB_NOMATCH);
	glt_glob("~" NOUSER "/x", GLOB_TILDE_CHECK | GLOB_NOCHECK, &g, GLOB_NOMATCH);
	glt_glob("~" NOUSER "{/x,}", GLOB_TILDE_CHECK | GLOB_NOCHECK | GLOB_BRACE, &g, GLOB_NOMATCH);
	glt_glob("{~" NOUSER "}", GLOB_TILDE_CHECK | GLOB_NOCHECK | GLOB_BRACE, &g, 0);
	glt_expect(&g, LIST("{~" NOUSER "}"));
	globfree(&g);
	glt_glob("~" NOUSER "/x", GLOB_TILDE | GLOB_NOCHECK, &g, 0);
	glt_expect(&g, LIST("~" NOUSER "/x"));
	globfree(&g);
	glt_done(top);
}
END_TEST

/* The home is text: its wildcards count. */
START_TEST(home_with_wildcards)
{
	char *top = glt_fixture(), *home = at(top, "/[a]"), *want = at(top, "/a/x");
	glob_t g;

	setenv("HOME", home, 1);
	glt_glob("~", GLOB_TILDE, &g, 0);
	glt_expect(&g, LIST(home));
	globfree(&g);
	glt_glob("~/x", GLOB_TILDE, &g, 0);
	glt_expect(&g, LIST(want));
	globfree(&g);
	free(home);
	free(want);
	glt_done(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob GLOB_TILDE");
	TCase *tc = tcase_create("tilde");

	tcase_add_test(tc, home);
	tcase_add_test(tc, other_users);
	tcase_add_test(tc, home_with_wildcards);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
