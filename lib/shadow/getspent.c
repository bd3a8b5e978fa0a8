#define _GNU_SOURCE
#include "spent.h"

static struct spwd rec, *result;

static int get(const void *ctx, char *buf, size_t size)
{
	(void)ctx;
	return __wrap_getspent_r(&rec, buf, size, &result);
}

struct spwd *__wrap_getspent(void)
{
	static char *buf;
	static size_t size;

	return __lwb_grow_call(&buf, &size, get, NULL) ? NULL : result;
}
