/*
 * A pattern with its braces expanded: split at the last '/' into the
 * directory part and the last part, as glibc does it:
 * - no '/': the last part in the current directory; a pattern "~..."
 *   under GLOB_TILDE is a home directory, given as it is, unlooked-up;
 * - a backslash just before the '/' goes with it ("\/" alone is "/");
 *   an empty last part asks for directories only;
 * - a directory part with '*', '?' or '[' is globbed first (directories
 *   only, unsorted, without GLOB_PERIOD, ~ or braces) and the last part
 *   looked for in each directory found; otherwise it loses its backslashes (and a
 *   trailing one; nothing left is "/") and is the one directory.
 * GLOB_NOCHECK gives the path itself when nothing matched: the directory
 * does that when the directory part is the pattern's own text, this level
 * (with the pattern as it was) when the directory part was globbed,
 * expanded or unquoted. The results of this call are marked (GLOB_MARK),
 * then sorted.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "glob_impl.h"

/* Backslashes dropped, a trailing one too. Whether anything changed. */
static int unescape(char *s)
{
	char *d = s;

	for (; *s; s++) {
		if (*s == '\\' && !*++s)
			break;
		*d++ = *s;
	}
	*d = 0;
	return d != s;
}

/* The directories a directory part with wildcards names, then the last
 * part in each; an error there drops every result, as in glibc. */
static int in_each(struct glob_run *r, const char *dirname, const char *filename, int flags, int *found_dirs)
{
	glob_t dirs = { 0 };
	struct glob_run rd = *r;
	int e;

	rd.g = &dirs;
	rd.cap = 0;
	e = __lwb_glob_pattern(&rd, dirname,
		(flags & ~(GLOB_NOCHECK | LWB_GLOB_NOMAGIC | GLOB_MARK | LWB_GLOB_MARKDIR | GLOB_APPEND | GLOB_DOOFFS
			| GLOB_PERIOD | GLOB_TILDE | GLOB_TILDE_CHECK | LWB_GLOB_BRACE))
		| GLOB_NOSORT | LWB_GLOB_ONLYDIR);
	*found_dirs = !e;
	for (size_t i = 0; !e && i < dirs.gl_pathc; i++) {
		e = __lwb_glob_in_dir(r, dirs.gl_pathv[i], filename,
			(flags & ~(GLOB_NOCHECK | LWB_GLOB_NOMAGIC)) | GLOB_APPEND);
		if (e == GLOB_NOMATCH)
			e = 0;
		else if (e) {
			__lwb_globfree(r->g);
			r->g->gl_pathc = 0;
		}
	}
	__lwb_globfree(&dirs);
	return e;
}

int __lwb_glob_path(struct glob_run *r, const char *pattern, int flags)
{
	size_t start = r->g->gl_pathc;
	const char *slash = strrchr(pattern, '/'), *filename = pattern;
	char *dirname = 0;
	int e, own = 1, found_dirs = 0, magic_dir;

	if (!*pattern)
		return flags & GLOB_NOCHECK ? __lwb_glob_nocheck(r, pattern, flags, flags) : GLOB_NOMATCH;
	if (slash && !slash[1])
		flags |= LWB_GLOB_ONLYDIR;
	if (!slash) {
		if ((flags & (GLOB_TILDE | GLOB_TILDE_CHECK)) && pattern[0] == '~') {
			if (!(dirname = strdup(pattern)))
				return GLOB_NOSPACE;
			filename = 0;
		}
	} else {
		filename = slash + 1;
		if (!(dirname = __lwb_glob_dirname(pattern, slash, flags, &own)))
			return GLOB_NOSPACE;
	}
	if (dirname && (flags & (GLOB_TILDE | GLOB_TILDE_CHECK)) && dirname[0] == '~') {
		char *home = __lwb_glob_tilde(dirname, flags, &e);

		if (!home) {
			free(dirname);
			return e;
		}
		if (strcmp(home, dirname))
			own = 0;
		free(dirname);
		dirname = home;
		if (!filename) {
			/* "~user" alone: the home, unlooked-up. */
			if (!(e = __lwb_glob_add(r, dirname)))
				e = __lwb_glob_mark(r, start, flags);
			if (!e)
				r->g->gl_flags = __lwb_glob_flags(flags);
			return e;
		}
	}
	magic_dir = dirname && __lwb_glob_magic(dirname, flags, 0);
	if (magic_dir) {
		own = 0;
		e = in_each(r, dirname, filename, flags, &found_dirs);
	} else {
		if (dirname && !(flags & GLOB_NOESCAPE) && unescape(dirname))
			own = 0;
		e = __lwb_glob_in_dir(r, dirname && !*dirname ? "/" : dirname, filename,
			own ? flags : flags & ~(GLOB_NOCHECK | LWB_GLOB_NOMAGIC));
	}
	free(dirname);
	if (e && e != GLOB_NOMATCH)
		return e;
	if (r->g->gl_pathc == start) {
		if (!own && (flags & GLOB_NOCHECK))
			return __lwb_glob_nocheck(r, pattern, flags, found_dirs ? flags | LWB_GLOB_MAGCHAR : flags);
		return GLOB_NOMATCH;
	}
	/* Marked, then sorted: "a-b/" before "a/". */
	if ((e = __lwb_glob_mark(r, start, flags)))
		return e;
	if (!(flags & GLOB_NOSORT))
		__lwb_glob_sort(r, start);
	return 0;
}
