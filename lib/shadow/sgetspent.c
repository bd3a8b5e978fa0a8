#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "spent.h"

static struct spwd rec, *result;

/* ERANGE with room for the line is a number past what strtoul reads: no
 * larger buffer helps (glibc's sgetspent loops there for ever). */
static int get(const void *s, char *buf, size_t size)
{
	int r = __wrap_sgetspent_r(s, &rec, buf, size, &result);

	return r == ERANGE && strlen(s) < size ? EOVERFLOW : r;
}

/* musl 1.2.3 declares sgetspent but has none (a link error). */
struct spwd *__wrap_sgetspent(const char *s)
{
	static char *buf;
	static size_t size;
	int r = __lwb_grow_call(&buf, &size, get, s);

	if (r == EOVERFLOW)
		errno = ERANGE;
	return r ? NULL : result;
}
