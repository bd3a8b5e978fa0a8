#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "db.h"

struct netent *__wrap_getnetbyname(const char *name)
{
	static struct netent ne;
	static struct __lwb_static buf;
	struct netent *res;

	if (!buf.p && __lwb_static_grow(&buf))
		return NULL;
	while (getnetbyname_r(name, &ne, buf.p, buf.size, &res, &h_errno) == ERANGE)
		if (__lwb_static_grow(&buf))
			return NULL;
	return res;
}
