#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "db.h"

struct servent *__wrap_getservent(void)
{
	static struct servent se;
	static struct __lwb_static buf;
	struct servent *res;

	if (!buf.p && __lwb_static_grow(&buf))
		return NULL;
	while (getservent_r(&se, buf.p, buf.size, &res) == ERANGE)
		if (__lwb_static_grow(&buf))
			return NULL;
	return res;
}
