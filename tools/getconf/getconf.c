/*
 * getconf: print system configuration values, with glibc's command line,
 * names, output and exit codes, on musl.
 *
 *   getconf [-v SPEC] VAR
 *   getconf [-v SPEC] PATH_VAR PATH
 *   getconf [-v SPEC] -a [PATH]
 *   getconf --help | --version
 *
 * Exit status: 0 success; 1 output could not be written; 2 usage error or
 * unknown variable or specification; 3 the value could not be found for
 * the path; 4 another environment's getconf could not be run.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "getconf.h"

#ifndef VERSION
#define VERSION "0"
#endif

static const char *prog = "getconf";

static void finish_output(void)
{
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "%s: write error: %s\n", prog, strerror(errno));
		exit(1);
	}
}

/* Like glibc's error(): pending output first, then "prog: message". */
static void fail(int status, const char *fmt, ...)
{
	va_list ap;

	finish_output();
	fprintf(stderr, "%s: ", prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(status);
}

static void usage(void)
{
	const char *name = strrchr(prog, '/') ? strrchr(prog, '/') + 1 : prog;

	finish_output();
	fprintf(stderr, "Usage: %s [-v specification] variable_name [pathname]\n"
		"       %s -a [pathname]\n", name, name);
	exit(2);
}

static int help(void)
{
	fputs("Usage: getconf [-v SPEC] VAR\n"
		"  or:  getconf [-v SPEC] PATH_VAR PATH\n"
		"\n"
		"Get the configuration value for variable VAR, or for variable PATH_VAR\n"
		"for path PATH.  If SPEC is given, give values for compilation\n"
		"environment SPEC.\n"
		"\n"
		"This getconf is part of libwildebeest; see getconf(1).\n", stdout);
	finish_output();
	return 0;
}

static int version(void)
{
	fputs("getconf (libwildebeest) " VERSION "\n"
		"This is free software (MIT licence); see the source for copying conditions.\n"
		"There is NO warranty; not even for MERCHANTABILITY or FITNESS FOR A\n"
		"PARTICULAR PURPOSE.\n", stdout);
	finish_output();
	return 0;
}

/* glibc's rule: NAME, or NAME with a leading _POSIX_ left out. The first
 * match in table order wins. */
static const struct var *lookup(const char *name)
{
	for (size_t i = 0; i < nvars; i++) {
		const char *v = vars[i].name;
		if (!strcmp(v, name))
			return &vars[i];
		if (!strncmp(v, "_POSIX_", 7) && !strcmp(v + 7, name))
			return &vars[i];
	}
	return NULL;
}

/* The value of a numeric variable; for pathconf variables, -1 with errno
 * set on error. */
static long number(const struct var *v, const char *path)
{
	errno = 0;
	if (v->kind == PATHCONF && !*path) {
		errno = ENOENT;	/* as for any empty path, even where it is not used */
		return -1;
	}
	if (v->path_fn)
		return v->path_fn(path);
	if (v->value_fn)
		return v->value_fn(v->arg);
	return v->num;
}

static void print_number(const struct var *v, long n)
{
	if (v->flags & VAR_UNSIGNED)
		printf("%lu", (unsigned long)n);
	else if (n != -1)
		printf("%ld", n);
}

static void print_one(const struct var *v, const char *path)
{
	long n;

	if (v->kind == CONFSTR) {
		puts(v->string_fn ? v->string_fn(v->arg) : v->str);
		return;
	}
	n = number(v, path);
	if (n == -1 && v->kind == PATHCONF && errno)
		fail(3, "pathconf: %s: %s", path, strerror(errno));
	if (n == -1 && !(v->flags & VAR_UNSIGNED))
		fputs("undefined", stdout);
	print_number(v, n);
	putchar('\n');
}

/* -a: every variable, undefined values and errors left blank. Into a
 * pipe or file in as few writes as it takes. */
static void print_all(const char *path)
{
	static char buf[16384];

	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, buf, _IOFBF, sizeof buf);
	for (size_t i = 0; i < nvars; i++) {
		const struct var *v = &vars[i];
		printf("%-35s", v->name);
		if (v->kind == CONFSTR)
			fputs(v->string_fn ? v->string_fn(v->arg) : v->str, stdout);
		else
			print_number(v, number(v, path));
		putchar('\n');
	}
}

/* -v SPEC: a POSIX compilation environment. Ours is answered here; for
 * another one, run that environment's getconf from GETCONF_DIR, as glibc
 * does on systems with several, with the arguments that follow SPEC.
 * rest[-1], the word that held SPEC, becomes the new argv[0]. */
static void select_environment(const char *spec, char **rest)
{
	const char *dir;
	char *path;
	int env;

	for (env = 0; env < ENVIRONMENTS; env++)
		if (!strcmp(spec, environment_name(env)))
			break;
	if (env == ENVIRONMENTS)
		fail(2, "unknown specification \"%s\"", spec);
	if (environment_native(env))
		return;
	dir = getconf_dir();
	path = malloc(strlen(dir) + strlen(spec) + 2);
	if (!path)
		fail(3, "memory exhausted");
	sprintf(path, "%s/%s", dir, spec);
	rest[-1] = path;
	execv(path, rest - 1);
	fail(4, "Couldn't execute %s: %s", path, strerror(errno));
}

int main(int argc, char **argv)
{
	const char *spec = NULL;
	const struct var *v;
	int i = 1, n, after_spec;

	if (argc < 1)
		usage();
	prog = argv[0];
	if (argc > 1 && !strcmp(argv[1], "--version"))
		return version();
	if (argc > 1 && !strcmp(argv[1], "--help"))
		return help();

	if (i < argc && !strncmp(argv[i], "-v", 2)) {
		if (argv[i][2]) {
			spec = argv[i] + 2;
		} else {
			if (++i == argc)
				usage();
			spec = argv[i];
		}
		i++;
	}
	after_spec = i;

	if (i < argc && !strcmp(argv[i], "-a")) {
		if (argc - i > 2)
			usage();
		if (spec)
			select_environment(spec, argv + after_spec);
		print_all(argc - i == 2 ? argv[i + 1] : "/");
		finish_output();
		return 0;
	}

	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	n = argc - i;
	if (n < 1 || n > 2)
		usage();
	if (spec)
		select_environment(spec, argv + after_spec);
	v = lookup(argv[i]);
	if (!v)
		fail(2, "Unrecognized variable `%s'", argv[i]);
	if ((v->kind == PATHCONF) != (n == 2))
		usage();
	print_one(v, argv[i + 1]);
	finish_output();
	return 0;
}
