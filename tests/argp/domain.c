/*
 * argp_domain with real translations, as glibc 2.36 applies them
 * (observed with catalogues that tag each text with its domain):
 *   - a parser's args_doc, doc, and the arguments its options show in
 *     the usage lines: its own argp_domain;
 *   - a child's header: the domain of the parent that names it;
 *   - the option list (argument names, documentation, also of argp's
 *     own --help and --usage): the domain of the state's root parser,
 *     which under argp_parse is its own wrapper without a domain, and
 *     without a state (argp_help) no domain either: the program's
 *     default domain, here "lwbt-prog" (textdomain);
 *   - "Usage:" and "  or: ": the domain of the parser the help is for
 *     (argp_parse's wrapper: the default domain); "[OPTION...]": none.
 * The catalogues are built from domain.po and prog.po by msgfmt
 * (tests/argp/meson.build) and bound with bindtextdomain.
 *
 * Selecting the language: glibc gives no translation under the C locale,
 * and this machine has no locale but C, C.UTF-8 and POSIX; under C.UTF-8
 * glibc follows LANGUAGE. musl ignores LANGUAGE but takes any name for
 * LC_MESSAGES, where glibc's setlocale fails for a locale it does not
 * have (and changes nothing). So: LANGUAGE=de, LC_ALL=C.UTF-8, then
 * LC_MESSAGES=de; each libc ends up translating into "de".
 */
#define _GNU_SOURCE
#include <argp.h>
#include <errno.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"

static const struct argp_option child_options[] = {
	{ "first", '1', 0, 0, "Only the first", 0 },
	{ 0 }
};

static error_t parse(int key, char *arg, struct argp_state *st)
{
	(void)arg; (void)st;
	return key == 'v' || key == 'o' || key == '1' ? 0 : ARGP_ERR_UNKNOWN;
}

/* The same text as the parent's option, but no domain: the program's
 * default domain, which has no catalogue. */
static const struct argp child = { child_options, parse, 0, 0, 0, 0, 0 };
static const struct argp_child children[] = {
	{ &child, 0, "Selection:", 0 },
	{ 0 }
};

static const struct argp_option options[] = {
	{ "verbose", 'v', 0, 0, "Be verbose", 0 },
	{ "output", 'o', "FILE", 0, "Write the result to FILE", 0 },
	{ 0 }
};

static const struct argp argp = {
	options, parse, "INPUT...\n--list",
	"domain -- translated through argp_domain.\vAfter the options.",
	children, 0, "lwbt-argp"
};

/* A language directory tree in a temporary directory with both
 * catalogues, bound to their domains; the program's domain is lwbt-prog. */
static char *catalogues(void)
{
	char *dir = lwbt_tmpdir(), cmd[8192];

	snprintf(cmd, sizeof cmd, "mkdir -p '%s/de/LC_MESSAGES' && cp '%s' '%s/de/LC_MESSAGES/lwbt-argp.mo'"
		" && cp '%s' '%s/de/LC_MESSAGES/lwbt-prog.mo'", dir, getenv("LWBT_ARGP_DOMAIN_MO"), dir,
		getenv("LWBT_ARGP_PROG_MO"), dir);
	ck_assert_msg(system(cmd) == 0, "%s", cmd);
	ck_assert_ptr_nonnull(bindtextdomain("lwbt-argp", dir));
	ck_assert_ptr_nonnull(bindtextdomain("lwbt-prog", dir));
	ck_assert_ptr_nonnull(textdomain("lwbt-prog"));
	return dir;
}

static void german(void)
{
	ck_assert_int_eq(setenv("LANGUAGE", "de", 1), 0);
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	setlocale(LC_MESSAGES, "de");	/* musl; fails on glibc, see above */
}

/* Run argp_parse with args in a child; its stdout. */
static char *run(char *const *args, int argc, int *status)
{
	char *out = NULL;
	size_t cap = 0, n = 0;
	int fd[2];
	ssize_t r;
	pid_t pid;

	ck_assert_int_eq(pipe(fd), 0);
	fflush(stdout);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		dup2(fd[1], 1);
		close(fd[0]);
		close(fd[1]);
		if (argc)
			argp_parse(&argp, argc, (char **)args, 0, 0, 0);
		else
			argp_help(&argp, stdout, ARGP_HELP_STD_HELP & ~ARGP_HELP_EXIT_OK, "prog");
		printf("%s\n", argc ? "parsed" : "done");
		exit(3);
	}
	close(fd[1]);
	for (;;) {
		if (n + 1024 > cap) {
			cap = cap * 2 + 1024;
			out = realloc(out, cap);
			ck_assert_ptr_nonnull(out);
		}
		r = read(fd[0], out + n, cap - n - 1);
		if (r <= 0)
			break;
		n += r;
	}
	out[n] = 0;
	close(fd[0]);
	ck_assert_int_eq(waitpid(pid, status, 0), pid);
	return out;
}

static void check(char *const *args, int argc, const char *expected, int code)
{
	char *dir, *out;
	int status;

	dir = catalogues();
	german();
	out = run(args, argc, &status);
	if (getenv("LWBT_ARGP_PRINT"))
		fprintf(stderr, "%s\x01", out);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == code);
	ck_assert_str_eq(out, expected);
	free(out);
	lwbt_rmtree(dir);
	free(dir);
}

START_TEST(help_translated)
{
	char *const args[] = { "prog", "--help", NULL };

	check(args, 2, 
	"Aufruf (Programm): prog [OPTION...] EINGABE...\n"
	"  oder: prog [OPTION...] --liste\n"
	"domain -- übersetzt über argp_domain.\n"
	"\n"
	"  -o, --output=DATEI-P       Write the result to FILE\n"
	"  -v, --verbose              Gesprächig sein (Programm)\n"
	"\n"
	" Auswahl:\n"
	"  -1, --first                Nur das erste (Programm)\n"
	"\n"
	"  -?, --help                 Diese Hilfe (Programm)\n"
	"      --usage                Give a short usage message\n"
	"\n"
	"Mandatory or optional arguments to long options are also mandatory or optional\n"
	"for any corresponding short options.\n"
	"\n"
	"Nach den Optionen.\n", 0);
}
END_TEST

START_TEST(usage_translated)
{
	char *const args[] = { "prog", "--usage", NULL };

	check(args, 2, 
	"Aufruf (Programm): prog [-v1?] [-o DATEI] [--output=DATEI] [--verbose]\n"
	"            [--first] [--help] [--usage] EINGABE...\n"
	"  oder: prog [OPTION...] --liste\n", 0);
}
END_TEST

/* argp_help on the parser itself: "Usage:" from its domain. */
START_TEST(argp_help_translated)
{
	char *const args[] = { NULL };

	check(args, 0, 
	"Aufruf: prog [OPTION...] EINGABE...\n"
	"  or:  prog [OPTION...] --liste\n"
	"domain -- übersetzt über argp_domain.\n"
	"\n"
	"  -o, --output=DATEI-P       Write the result to FILE\n"
	"  -v, --verbose              Gesprächig sein (Programm)\n"
	"\n"
	" Auswahl:\n"
	"  -1, --first                Nur das erste (Programm)\n"
	"\n"
	"Mandatory or optional arguments to long options are also mandatory or optional\n"
	"for any corresponding short options.\n"
	"\n"
	"Nach den Optionen.\n"
	"done\n", 3);
}
END_TEST

/* Without the language set up, nothing is translated: the catalogues are
 * what made the difference. */
START_TEST(c_locale_untranslated)
{
	char *const args[] = { "prog", "--usage", NULL };
	char *dir, *out;
	int status;

	dir = catalogues();
	ck_assert_int_eq(setenv("LANGUAGE", "de", 1), 0);
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	out = run(args, 2, &status);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ck_assert_ptr_nonnull(strstr(out, "Usage: prog [-v1?] [-o FILE]"));
	free(out);
	lwbt_rmtree(dir);
	free(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("argp domain");
	TCase *tc = tcase_create("domain");

	tcase_add_test(tc, help_translated);
	tcase_add_test(tc, usage_translated);
	tcase_add_test(tc, argp_help_translated);
	tcase_add_test(tc, c_locale_untranslated);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
