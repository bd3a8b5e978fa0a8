#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "db.h"

struct protoent *__wrap_getprotoent(void)
{
	static struct protoent pe;
	static struct __lwb_static buf;
	struct protoent *res;

	if (!buf.p && __lwb_static_grow(&buf))
		return NULL;
	while (getprotoent_r(&pe, buf.p, buf.size, &res) == ERANGE)
		if (__lwb_static_grow(&buf))
			return NULL;
	return res;
}
