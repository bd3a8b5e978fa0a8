#define _GNU_SOURCE
#include "spent.h"

static struct spwd rec, *result;

static int get(const void *f, char *buf, size_t size)
{
	return __wrap_fgetspent_r((FILE *)f, &rec, buf, size, &result);
}

/* Replaces musl's, so that fgetspent and fgetspent_r read alike. */
struct spwd *__wrap_fgetspent(FILE *f)
{
	static char *buf;
	static size_t size;

	return __lwb_grow_call(&buf, &size, get, f) ? NULL : result;
}
