#define _GNU_SOURCE
#include "pwent.h"

static struct group rec, *result;

static int get(const void *ctx, char *buf, size_t size)
{
	(void)ctx;
	return __wrap_getgrent_r(&rec, buf, size, &result);
}

struct group *__wrap_getgrent(void)
{
	static char *buf;
	static size_t size;

	return __lwb_grow_call(&buf, &size, get, NULL) ? NULL : result;
}
