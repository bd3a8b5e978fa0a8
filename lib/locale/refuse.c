#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include "locale_impl.h"

/* musl loads a locale's data only under a name of at most 23 bytes
 * (LOCALE_NAME_MAX, internal to musl); a longer name gets C.UTF-8. */
#define MUSL_NAME_MAX 23

/* The codeset names glibc takes for UTF-8 in a locale name, those its
 * iconv knows (found under the codeset it normalizes to "utf8"): "UTF-8"
 * or "UTF8" in any case, once every byte other than a letter, a digit or
 * one of "-._:,/" is dropped ("C.UTF 8" is C.UTF-8, "C.UTF_8" is not). */
static int codeset_is_utf8(const char *cs, size_t len)
{
	char up[6];
	size_t n = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = cs[i];
		if (c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		else if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && !strchr("-._:,/", c))
			continue;
		if (n == sizeof up - 1)
			return 0;
		up[n++] = c;
	}
	up[n] = '\0';
	return !strcmp(up, "UTF-8") || !strcmp(up, "UTF8");
}

static int is_file(const char *dir, size_t dirlen, const char *name)
{
	char path[PATH_MAX];
	struct stat st;

	if (snprintf(path, sizeof path, "%.*s/%s", (int)dirlen, dir, name) >= (int)sizeof path)
		return 0;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* A locale is installed for musl when MUSL_LOCPATH, the list of folders
 * musl itself reads locale files from, holds a file by its name. As glibc
 * looks a name up: as given, with its codeset normalized ("utf8"), and
 * both again without its modifier (never without its codeset or
 * territory). musl ignores MUSL_LOCPATH in a set-user-ID program; so does
 * this. */
static int in_musl_locpath(const char *name, const char *dot, const char *at)
{
	const char *path = getenv("MUSL_LOCPATH");
	char cand[4][MUSL_NAME_MAX + 8];
	int ncand = 0;

	if (!path || getauxval(AT_SECURE) || strlen(name) > MUSL_NAME_MAX)
		return 0;
	size_t base = at ? (size_t)(at - name) : strlen(name);
	strcpy(cand[ncand++], name);
	if (at)
		snprintf(cand[ncand++], sizeof cand[0], "%.*s", (int)base, name);
	if (dot) {
		int lead = dot + 1 - name;
		snprintf(cand[ncand++], sizeof cand[0], "%.*sutf8%s", lead, name, at ? at : "");
		if (at)
			snprintf(cand[ncand++], sizeof cand[0], "%.*sutf8", lead, name);
	}
	while (*path) {
		size_t len = strcspn(path, ":");
		if (len)
			for (int i = 0; i < ncand; i++)
				if (strlen(cand[i]) <= MUSL_NAME_MAX && is_file(path, len, cand[i]))
					return 1;
		path += len;
		if (*path)
			path++;
	}
	return 0;
}

/* A ".." between slashes or at either end. */
static int climbs(const char *name)
{
	for (const char *p = name; (p = strstr(p, "..")); p++)
		if ((p == name || p[-1] == '/') && (!p[2] || p[2] == '/'))
			return 1;
	return 0;
}

/* 0 when the locale can be set, otherwise the errno glibc gives:
 * EINVAL for a name that cannot name a locale (a relative path), ENOENT
 * for a locale that is not installed. Installed are C and POSIX, the C
 * locale with a UTF-8 codeset (built into musl, and shipped with glibc as
 * C.utf8), and what MUSL_LOCPATH holds in UTF-8. Without this
 * musl takes any name: a name without data is the C locale with UTF-8
 * characters, so a caller cannot tell "de_DE.UTF-8" from a locale with
 * German data, or "zz_ZZ" from a real one. */
int __lwb_locale_refuse(const char *name)
{
	if (!strcmp(name, "C") || !strcmp(name, "POSIX"))
		return 0;
	/* glibc refuses a relative name with a slash and one that climbs out
	 * of its locale folder; it looks an absolute one up inside that
	 * folder. musl has no folder of compiled locales, so an absolute name
	 * names none. */
	if (climbs(name) || (name[0] != '/' && strchr(name, '/')))
		return EINVAL;
	if (name[0] == '/')
		return ENOENT;
	/* A list of names for several categories is never one locale. */
	if (strchr(name, ';'))
		return ENOENT;
	const char *at = strchr(name, '@');
	const char *dot = strchr(name, '.');
	if (dot && at && at < dot)
		dot = NULL;
	/* musl's only multibyte codeset is UTF-8: under any other name it
	 * would give UTF-8 all the same. */
	if (dot && !codeset_is_utf8(dot + 1, (at ? at : dot + strlen(dot)) - (dot + 1)))
		return ENOENT;
	if (dot == name + 1 && name[0] == 'C')
		return 0;
	return in_musl_locpath(name, dot, at) ? 0 : ENOENT;
}
