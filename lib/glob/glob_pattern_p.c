/*
 * glob_pattern_p and the tests glob makes of the parts of a pattern. As
 * glibc: glob_pattern_p is true for '*', '?' or a '[' with a ']' after it
 * (not quoted by a backslash when quote is set). glob itself reads the
 * directories of a directory part with any of '*', '?', '[' (closed or
 * not), and reads the directory for a last part with any of those or a
 * backslash (unless GLOB_NOESCAPE): a backslash alone in a directory part
 * is just dropped.
 */
#define _GNU_SOURCE
#include "glob_impl.h"

enum { STAR = 1, BACKSLASH = 2, BRACKET = 4 };

/* STAR for a wildcard, otherwise what else was seen. */
static int kinds(const char *p, int quote)
{
	int seen = 0;

	for (; *p; p++) {
		switch (*p) {
		case '*':
		case '?':
			return STAR;
		case '\\':
			if (quote) {
				seen |= BACKSLASH;
				if (p[1])
					p++;
			}
			break;
		case '[':
			seen |= BRACKET;
			break;
		case ']':
			if (seen & BRACKET)
				return STAR;
			break;
		}
	}
	return seen;
}

int glob_pattern_p(const char *p, int quote)
{
	return kinds(p, quote) == STAR;
}

int __lwb_glob_magic(const char *p, int flags, int last)
{
	int k = kinds(p, !(flags & GLOB_NOESCAPE));

	return last ? k != 0 : (k & (STAR | BRACKET)) != 0;
}
