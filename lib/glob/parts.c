/* The directory part of a pattern, as glibc cuts it. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "glob_impl.h"

char *__lwb_glob_dirname(const char *pattern, const char *slash, int flags, int *own)
{
	size_t len = (size_t)(slash - pattern), quoted = 0;

	/* A backslash quoting the '/' goes; "\/" alone is "/". */
	while (!(flags & GLOB_NOESCAPE) && quoted < len && pattern[len - quoted - 1] == '\\')
		quoted++;
	if (quoted % 2) {
		len--;
		if (len)
			*own = 0;
	}
	return len ? strndup(pattern, len) : strdup("/");
}
