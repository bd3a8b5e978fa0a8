#define _GNU_SOURCE
#include <netdb.h>
#include "protocols.h"

static int match(const struct __lwb_ent *e, const void *number)
{
	return (int)e->num == *(const int *)number;
}

int __wrap_getprotobynumber_r(int number, struct protoent *pe, char *buf, size_t buflen,
	struct protoent **result)
{
	int found, r = __lwb_db_find(&__lwb_protocols, match, &number, buf, buflen,
		__lwb_protocols_fill, pe, &found);

	*result = found ? pe : NULL;
	return r;
}
