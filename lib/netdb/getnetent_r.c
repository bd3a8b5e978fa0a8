#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "networks.h"

/* glibc 2.36 reports in h_errno and leaves *h_errnop alone; the manual
 * says *h_errnop: both are set. A missing file touches neither. */
int getnetent_r(struct netent *ne, char *buf, size_t buflen, struct netent **result,
	int *h_errnop)
{
	struct __lwb_ent e;
	int r = __lwb_db_get(&__lwb_networks_db, &e, buf, buflen, __lwb_networks_fill, ne);

	*result = r ? NULL : ne;
	if (r == ENOENT)
		*h_errnop = h_errno = HOST_NOT_FOUND;
	else if (r > 0)
		*h_errnop = h_errno = NETDB_INTERNAL;
	return r < 0 ? ENOENT : r;
}
