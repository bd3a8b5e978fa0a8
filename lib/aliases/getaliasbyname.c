#define _GNU_SOURCE
#include "alias.h"

static int get(const void *name, struct aliasent *ae, char *buf, size_t size,
	struct aliasent **result)
{
	return __wrap_getaliasbyname_r(name, ae, buf, size, result);
}

struct aliasent *__wrap_getaliasbyname(const char *name)
{
	static struct __lwb_alias_static st;

	return __lwb_alias_static(&st, get, name);
}
