/*
 * ~ and ~user at the start of the directory part, for GLOB_TILDE and
 * GLOB_TILDE_CHECK. As glibc: the name runs to the first '/', with
 * backslashes quoting (unless GLOB_NOESCAPE; "~\\" alone is "~" and a
 * backslash); ~ alone is $HOME, or when
 * that is unset or empty the home of getlogin()'s user; the home is put
 * in as text (its own wildcards then count); when there is no such user
 * or home the pattern stays as it is, or under GLOB_TILDE_CHECK nothing
 * matches.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "glob_impl.h"

/* The home directory of user name, in a new string, or 0 (with *nomem
 * when out of memory). */
static char *home_of(const char *name, int *nomem)
{
	struct passwd pw, *found = 0;
	size_t size = 1024;
	char *buf = 0, *home = 0;

	for (;;) {
		char *b = realloc(buf, size);
		int e;

		if (!b) {
			*nomem = 1;
			break;
		}
		buf = b;
		e = getpwnam_r(name, &pw, buf, size, &found);
		if (e != ERANGE)
			break;
		size *= 2;
	}
	if (found && !(home = strdup(pw.pw_dir)))
		*nomem = 1;
	free(buf);
	return home;
}

char *__lwb_glob_tilde(const char *dirname, int flags, int *error)
{
	int quote = !(flags & GLOB_NOESCAPE);
	const char *rest = strchr(dirname, '/'), *p;
	char *name, *home = 0, *out;
	int nomem = 0;
	size_t n = 0;

	if (!rest)
		rest = dirname + strlen(dirname);
	if (!(name = malloc((size_t)(rest - dirname))))
		goto nomem;
	/* A lone backslash after the ~ is not a name: the rest, glibc says. */
	if (quote && dirname[1] == '\\' && dirname + 2 == rest)
		rest = dirname + 1;
	for (p = dirname + 1; p < rest; p++) {
		if (*p == '\\' && quote && p + 1 < rest)
			p++;
		name[n++] = *p;
	}
	name[n] = 0;
	if (n) {
		home = home_of(name, &nomem);
	} else {
		const char *env = getenv("HOME");
		const char *login;

		if (env && *env) {
			if (!(home = strdup(env)))
				nomem = 1;
		} else if ((login = getlogin())) {
			home = home_of(login, &nomem);
		}
	}
	free(name);
	if (nomem)
		goto nomem;
	if (!home) {
		if (flags & LWB_GLOB_TILDE_CHECK) {
			*error = GLOB_NOMATCH;
			return 0;
		}
		if (!(out = strdup(dirname)))
			goto nomem;
		return out;
	}
	out = malloc(strlen(home) + strlen(rest) + 1);
	if (out) {
		strcpy(out, home);
		strcat(out, rest);
	}
	free(home);
	if (out)
		return out;
nomem:
	*error = GLOB_NOSPACE;
	return 0;
}
