#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "db.h"

struct hostent *__wrap_gethostent(void)
{
	static struct hostent he;
	static struct __lwb_static buf;
	struct hostent *res;
	int herr;

	if (!buf.p && __lwb_static_grow(&buf))
		return NULL;
	while (gethostent_r(&he, buf.p, buf.size, &res, &herr) == ERANGE)
		if (__lwb_static_grow(&buf))
			return NULL;
	return res;
}
