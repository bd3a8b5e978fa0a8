/*
 * Where libwildebeest's argp deliberately differs from glibc 2.36's; musl
 * side only (listed in the module's notes). Each case says what glibc does.
 */
#define _GNU_SOURCE
#include <argp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

static const struct argp_option options[] = {
	{ "version", 'V', 0, 0, "Print program version", -1 },
	{ "output", 'o', "FILE", 0, "Output to FILE instead of standard output", 0 },
	{ 0 }
};
static const struct argp argp = { options, 0, "ARGS", "doc", 0, 0, 0 };

static char *help(const char *fmt, unsigned flags, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	ck_assert(f != NULL);
	/* Start from the defaults: settings persist between calls, as in glibc. */
	setenv("ARGP_HELP_FMT", "no-dup-args,short-opt-col=2,long-opt-col=6,doc-opt-col=2,"
		"opt-doc-col=29,header-col=1,usage-indent=12,rmargin=79", 1);
	argp_help(&argp, f, 0, "prog");
	setenv("ARGP_HELP_FMT", fmt, 1);
	argp_help(&argp, f, flags, "prog");
	ck_assert(fclose(f) == 0);
	return buf;
}

/* glibc: with a right margin at or below the usage indent (rmargin=5, 0,
 * or rmargin=x, which reads as 0), "Usage:" is followed by lines of blanks
 * without end. Here the output ends: words that fit nowhere stay whole. */
START_TEST(narrow_margin_terminates)
{
	const char *fmts[] = { "rmargin=5", "rmargin=0", "rmargin=x", "rmargin=12" };
	size_t i, len;

	for (i = 0; i < sizeof fmts / sizeof *fmts; i++) {
		char *out = help(fmts[i], ARGP_HELP_STD_HELP & ~ARGP_HELP_EXIT_OK, &len);
		ck_assert_msg(len < 4096, "%s: %zu bytes", fmts[i], len);
		ck_assert_ptr_nonnull(strstr(out, "--output=FILE"));
		free(out);
	}
}
END_TEST

/* glibc: a documentation line ending exactly at the right margin is
 * followed by a line of blanks (rmargin=50 and "  -V, --version ... Print
 * program version", 50 columns). Here it is not. */
START_TEST(exact_fit_no_blank_line)
{
	size_t len;
	char *out = help("rmargin=50", ARGP_HELP_LONG, &len);

	ck_assert_ptr_nonnull(strstr(out, "  -V, --version              Print program version\n"));
	ck_assert_ptr_null(strstr(out, "\n                            \n"));
	free(out);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("argp deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, narrow_margin_terminates);
	tcase_add_test(tc, exact_fit_no_blank_line);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
