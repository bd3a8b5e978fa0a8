#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include "hosts.h"

/* glibc 2.36 reports in h_errno and leaves *h_errnop alone; the manual
 * says *h_errnop: both are set. A missing file touches neither. */
int __wrap_gethostent_r(struct hostent *he, char *buf, size_t buflen, struct hostent **result,
	int *h_errnop)
{
	struct __lwb_ent e;
	int r = __lwb_db_get(&__lwb_hosts_db, &e, buf, buflen, __lwb_hosts_fill, he);

	*result = r ? NULL : he;
	if (r == ENOENT)
		*h_errnop = h_errno = HOST_NOT_FOUND;
	else if (r > 0)
		*h_errnop = h_errno = NETDB_INTERNAL;
	return r < 0 ? ENOENT : r;
}
