#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "protocols.h"

int __wrap_getprotoent_r(struct protoent *pe, char *buf, size_t buflen, struct protoent **result)
{
	struct __lwb_ent e;
	int r = __lwb_db_get(&__lwb_protocols_db, &e, buf, buflen, __lwb_protocols_fill, pe);

	*result = r ? NULL : pe;
	return r < 0 ? ENOENT : r;
}
