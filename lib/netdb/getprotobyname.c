#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "db.h"

struct protoent *__wrap_getprotobyname(const char *name)
{
	static struct protoent pe;
	static struct __lwb_static buf;
	struct protoent *res;

	if (!buf.p && __lwb_static_grow(&buf))
		return NULL;
	while (getprotobyname_r(name, &pe, buf.p, buf.size, &res) == ERANGE)
		if (__lwb_static_grow(&buf))
			return NULL;
	return res;
}
