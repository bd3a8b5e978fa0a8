#define _GNU_SOURCE
#include "pwent.h"

static struct passwd rec, *result;

static int get(const void *ctx, char *buf, size_t size)
{
	(void)ctx;
	return __wrap_getpwent_r(&rec, buf, size, &result);
}

struct passwd *__wrap_getpwent(void)
{
	static char *buf;
	static size_t size;

	return __lwb_grow_call(&buf, &size, get, NULL) ? NULL : result;
}
