#define _GNU_SOURCE
#include "pwent.h"

static struct group rec, *result;

static int get(const void *f, char *buf, size_t size)
{
	return __wrap_fgetgrent_r((FILE *)f, &rec, buf, size, &result);
}

/* Replaces musl's, so that fgetgrent and fgetgrent_r read alike. */
struct group *__wrap_fgetgrent(FILE *f)
{
	static char *buf;
	static size_t size;

	return __lwb_grow_call(&buf, &size, get, f) ? NULL : result;
}
