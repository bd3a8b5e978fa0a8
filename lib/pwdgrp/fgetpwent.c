#define _GNU_SOURCE
#include "pwent.h"

static struct passwd rec, *result;

static int get(const void *f, char *buf, size_t size)
{
	return __wrap_fgetpwent_r((FILE *)f, &rec, buf, size, &result);
}

/* Replaces musl's, so that fgetpwent and fgetpwent_r read alike. */
struct passwd *__wrap_fgetpwent(FILE *f)
{
	static char *buf;
	static size_t size;

	return __lwb_grow_call(&buf, &size, get, f) ? NULL : result;
}
