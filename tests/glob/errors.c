/*
 * Directories that cannot be read: the error callback, GLOB_ERR,
 * GLOB_ABORTED and what is left of the results. The fixture is made once,
 * by root; each test drops to nobody so that permissions apply.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gltest.h"
#include "lwbtest.h"

#define LIST(...) ((const char *const[]){ __VA_ARGS__, 0 })

static char *top;
static char calls[512];
static int answer;

static void setup(void)
{
	top = glt_fixture();
	lwbt_mkdir(top, "nr", 0755);
	lwbt_touch(top, "nr/f");
	lwbt_chmod(top, "nr", 0);
}

static void teardown(void)
{
	glt_done(top);
}

static void drop(void)
{
	ck_assert_msg(lwbt_drop_privileges() == 0, "cannot drop privileges");
	calls[0] = 0;
}

static int record(const char *path, int err)
{
	size_t n = strlen(calls);

	snprintf(calls + n, sizeof calls - n, "%s:%s ", path, err == EACCES ? "EACCES" : err == ENOENT ? "ENOENT" : "other");
	return answer;
}

START_TEST(callback_and_carry_on)
{
	glob_t g;

	drop();
	answer = 0;
	ck_assert_int_eq(glob("nr/*", 0, record, &g), GLOB_NOMATCH);
	ck_assert_str_eq(calls, "nr:EACCES ");
	calls[0] = 0;
	ck_assert_int_eq(glob("nonexist/*", 0, record, &g), GLOB_NOMATCH);
	ck_assert_str_eq(calls, "nonexist:ENOENT ");
	/* ENOTDIR is not an error worth a call. */
	calls[0] = 0;
	ck_assert_int_eq(glob("f/*", GLOB_ERR, record, &g), GLOB_NOMATCH);
	ck_assert_str_eq(calls, "");
	/* A name without wildcards is looked up, not read. */
	ck_assert_int_eq(glob("nr/f", 0, record, &g), GLOB_NOMATCH);
	ck_assert_str_eq(calls, "");
	/* Other directories still count. */
	ck_assert_int_eq(glob("[n]*/*", 0, record, &g), GLOB_NOMATCH);
	ck_assert_str_eq(calls, "nr:EACCES ");
	ck_assert_int_eq(glob("*/x", 0, record, &g), 0);
	glt_expect(&g, LIST("a/x", "b/x", "dd/x", "la/x"));
	globfree(&g);
}
END_TEST

START_TEST(abort_by_flag_or_answer)
{
	glob_t g;

	drop();
	answer = 0;
	ck_assert_int_eq(glob("nr/*", GLOB_ERR, record, &g), GLOB_ABORTED);
	ck_assert_str_eq(calls, "nr:EACCES ");
	ck_assert_int_eq(glob("nr/*", GLOB_ERR, 0, &g), GLOB_ABORTED);
	answer = 1;
	calls[0] = 0;
	ck_assert_int_eq(glob("nr/*", 0, record, &g), GLOB_ABORTED);
	ck_assert_str_eq(calls, "nr:EACCES ");
}
END_TEST

/* Aborting in a directory found by a wildcard drops every result, earlier
 * calls' too; aborting in the one directory named leaves them. */
START_TEST(what_an_abort_leaves)
{
	glob_t g;

	drop();
	answer = 0;
	ck_assert_int_eq(glob("*/*", GLOB_ERR, record, &g), GLOB_ABORTED);
	ck_assert_uint_eq(g.gl_pathc, 0);
	ck_assert_ptr_null(g.gl_pathv);
	ck_assert_int_eq(glob("a/*", 0, 0, &g), 0);
	ck_assert_int_eq(glob("nr/*", GLOB_ERR | GLOB_APPEND, 0, &g), GLOB_ABORTED);
	glt_expect(&g, LIST("a/x", "a/y"));
	ck_assert_int_eq(glob("*/*", GLOB_ERR | GLOB_APPEND, 0, &g), GLOB_ABORTED);
	ck_assert_uint_eq(g.gl_pathc, 0);
	ck_assert_ptr_null(g.gl_pathv);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob errors");
	TCase *tc = tcase_create("errors");

	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_test(tc, callback_and_carry_on);
	tcase_add_test(tc, abort_by_flag_or_answer);
	tcase_add_test(tc, what_an_abort_leaves);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
