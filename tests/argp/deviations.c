/*
 * Where libwildebeest's argp deliberately differs from glibc 2.36's; musl
 * side only (listed in the module's notes). Each case says what glibc does.
 */
#define _GNU_SOURCE
#include <argp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "programs.h"

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

/* glibc: options named "version" in group -3 and "alpha" in group -1
 * come out as --version, --version=X, --alpha, --version: its sort puts
 * the name "version" last by a comparison that is not a consistent
 * order. Here options named help or version consistently follow the
 * others of their list. */
START_TEST(help_version_names_sorted)
{
	static const struct argp_option o[] = {
		{ "version", 0, 0, 0, 0, -3 },
		{ "version", 0, 0, 0, 0, -3 },
		{ "version", 0, "X", 0, 0, -3 },
		{ "alpha", 'h', 0, 0, 0, -1 },
		{ 0 }
	};
	static const struct argp a = { o, 0, 0, 0, 0, 0, 0 };
	char *buf = NULL;
	size_t len;
	FILE *f = open_memstream(&buf, &len);

	ck_assert(f != NULL);
	setenv("ARGP_HELP_FMT", "rmargin=79", 1);
	argp_help(&a, f, ARGP_HELP_LONG, "prog");
	ck_assert(fclose(f) == 0);
	ck_assert_str_eq(buf, "  -h, --alpha\n      --version\n      --version\n      --version=X\n");
	free(buf);
}
END_TEST

/* glibc: the "filter" program of the oracle suite (programs.c) asked for
 * --help with ARGP_HELP_FMT=rmargin=33 dies of SIGSEGV in glibc's line
 * filler (so do other narrow margins and texts; the differential fuzzer
 * predicts each case). Here the help is complete and the program exits 0. */
START_TEST(narrow_margin_no_crash)
{
	char *argv[] = { "prog", "--help", NULL };
	int status, fd;
	pid_t pid;

	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		fd = open("/dev/null", O_WRONLY);
		dup2(fd, 1);
		setenv("ARGP_HELP_FMT", "rmargin=33", 1);
		_exit(lwbt_argp_program("filter", 2, argv) == 0 ? 3 : 4);
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	/* --help exits 0 from within argp_parse. */
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %#x", status);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("argp deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, narrow_margin_terminates);
	tcase_add_test(tc, narrow_margin_no_crash);
	tcase_add_test(tc, help_version_names_sorted);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
