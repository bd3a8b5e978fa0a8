#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "db.h"

struct servent *__wrap_getservbyname(const char *name, const char *proto)
{
	static struct servent se;
	static struct __lwb_static buf;
	struct servent *res;

	if (!buf.p && __lwb_static_grow(&buf))
		return NULL;
	while (__wrap_getservbyname_r(name, proto, &se, buf.p, buf.size, &res) == ERANGE)
		if (__lwb_static_grow(&buf))
			return NULL;
	return res;
}
