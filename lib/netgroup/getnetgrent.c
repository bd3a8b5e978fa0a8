#define _GNU_SOURCE
#include "netgr.h"

/* glibc's getnetgrent has a fixed buffer: a longer triple fails with
 * ERANGE, each time it is asked for. */
int __wrap_getnetgrent(char **host, char **user, char **domain)
{
	static char buf[LWB_NETGR_BUFSIZE];

	return __wrap_getnetgrent_r(host, user, domain, buf, sizeof buf);
}
