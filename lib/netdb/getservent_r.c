#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "services.h"

int getservent_r(struct servent *se, char *buf, size_t buflen, struct servent **result)
{
	struct __lwb_ent e;
	int r = __lwb_db_get(&__lwb_services_db, &e, buf, buflen, __lwb_services_fill, se);

	*result = r ? NULL : se;
	return r < 0 ? ENOENT : r;
}
