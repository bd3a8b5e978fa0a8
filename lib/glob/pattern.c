/*
 * A whole pattern, as glibc takes it in turn:
 * - GLOB_BRACE: the first '{' (not quoted by a backslash, unless
 *   GLOB_NOESCAPE) and the '}' that closes it, braces nesting inside;
 *   each comma between them at that depth separates an alternative, empty
 *   ones included. Each alternative, with what came before and after the
 *   braces, is globbed in turn (without GLOB_NOCHECK or GLOB_NOMAGIC,
 *   appending, sorted on its own), which expands the braces that remain.
 *   With no closing '}' the pattern is globbed without GLOB_BRACE. When
 *   no alternative matched, under GLOB_NOCHECK or GLOB_NOMAGIC the
 *   pattern is globbed as it stands, braces and all (which gives it back
 *   under GLOB_NOCHECK); an error drops every result unless appending;
 * - a pattern ending in '/' after more than one character is its
 *   directory part, globbed for directories only and marked with a '/'
 *   (when a quoting backslash was dropped, without GLOB_NOCHECK and
 *   GLOB_NOMAGIC, this level then giving the pattern); gl_flags shows
 *   GLOB_MARK until that succeeds.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "glob_impl.h"

/* The first c at or after p not quoted by a backslash, or 0; with nested,
 * the one closing the group opened just before p. */
static const char *find(const char *p, char c, int flags, int nested)
{
	size_t depth = 0;

	for (; *p; p++) {
		if (*p == '\\' && !(flags & GLOB_NOESCAPE) && p[1]) {
			p++;
			continue;
		}
		if (nested && *p == '{')
			depth++;
		else if (*p == c && (!nested || depth == 0))
			return p;
		else if (nested && *p == '}')
			depth--;
	}
	return 0;
}

/* The end of the alternative starting at p: the comma or '}' at depth 0. */
static const char *alternative_end(const char *p, int flags)
{
	size_t depth = 0;

	for (; *p; p++) {
		if (*p == '\\' && !(flags & GLOB_NOESCAPE) && p[1]) {
			p++;
			continue;
		}
		if (*p == '{')
			depth++;
		else if (*p == '}' && depth-- == 0)
			return p;
		else if (*p == ',' && depth == 0)
			return p;
	}
	return p;
}

/* The braces from open to close: each alternative, with what comes
 * before and after them, globbed in turn. An error drops every result
 * (unless appending), as in glibc. Returns 0 when something matched,
 * GLOB_NOMATCH when nothing did. */
static int braces(struct glob_run *r, const char *pattern, const char *open, const char *close, int flags)
{
	size_t start = r->g->gl_pathc, before = (size_t)(open - pattern), after = strlen(close + 1);
	char *buf = malloc(strlen(pattern) + 1);
	const char *alt;
	int e = 0;

	if (!buf)
		return GLOB_NOSPACE;
	for (alt = open + 1;; alt++) {
		const char *end = alternative_end(alt, flags);
		size_t len = (size_t)(end - alt);

		memcpy(buf, pattern, before);
		memcpy(buf + before, alt, len);
		memcpy(buf + before + len, close + 1, after + 1);
		e = __lwb_glob_pattern(r, buf, (flags & ~(GLOB_NOCHECK | LWB_GLOB_NOMAGIC)) | GLOB_APPEND);
		if (e && e != GLOB_NOMATCH)
			break;
		e = 0;
		if ((alt = end) == close)
			break;
	}
	free(buf);
	if (e) {
		if (!(flags & GLOB_APPEND)) {
			__lwb_globfree(r->g);
			r->g->gl_pathc = 0;
		}
		return e;
	}
	return r->g->gl_pathc > start ? 0 : GLOB_NOMATCH;
}

/* A pattern ending in '/' after more than one character: its directory
 * part for directories only, a '/' after each. */
static int trailing_slash(struct glob_run *r, const char *pattern, const char *slash, int flags)
{
	int own = 1, e, inner = flags | LWB_GLOB_ONLYDIR | LWB_GLOB_MARKDIR;
	char *dirname = __lwb_glob_dirname(pattern, slash, flags, &own);

	if (!dirname)
		return GLOB_NOSPACE;
	e = __lwb_glob_pattern(r, dirname, own ? inner : inner & ~(GLOB_NOCHECK | LWB_GLOB_NOMAGIC));
	free(dirname);
	if (!e && !(flags & GLOB_MARK))
		r->g->gl_flags &= ~GLOB_MARK;
	if (e == GLOB_NOMATCH && !own && (flags & GLOB_NOCHECK))
		return __lwb_glob_nocheck(r, pattern, flags, flags | LWB_GLOB_ONLYDIR);
	return e;
}

static int glob_one(struct glob_run *r, const char *pattern, int flags)
{
	const char *open, *close, *slash = strrchr(pattern, '/');

	if ((flags & LWB_GLOB_BRACE) && (open = find(pattern, '{', flags, 0))) {
		int e;

		if (!(close = find(open + 1, '}', flags, 1)))
			return __lwb_glob_pattern(r, pattern, flags & ~LWB_GLOB_BRACE);
		e = braces(r, pattern, open, close, flags);
		/* When nothing matched, GLOB_NOCHECK and GLOB_NOMAGIC have the
		 * pattern globbed as it stands, braces and all. */
		if (e != GLOB_NOMATCH || !(flags & (GLOB_NOCHECK | LWB_GLOB_NOMAGIC)))
			return e;
	}
	if (slash && !slash[1] && slash - pattern > 1)
		return trailing_slash(r, pattern, slash, flags);
	return __lwb_glob_path(r, pattern, flags);
}

int __lwb_glob_pattern(struct glob_run *r, const char *p, int flags)
{
	int e;

	if (r->depth == LWB_GLOB_DEPTH)
		return GLOB_NOSPACE;
	r->depth++;
	e = glob_one(r, p, flags);
	r->depth--;
	return e;
}
