#define _GNU_SOURCE
#include <errno.h>
#include "netgr.h"

/* 1 when /etc/netgroup has the group. Only a file that cannot be read
 * (ENOENT, EACCES) or a lack of memory changes errno: an unknown group
 * leaves it alone, as in glibc. */
int __wrap_setnetgrent(const char *netgroup)
{
	int r, saved = errno;

	if (!netgroup)
		return 0;
	pthread_mutex_lock(&__lwb_netgr_lock);
	r = __lwb_netgr_start(&__lwb_netgr_walk, netgroup);
	pthread_mutex_unlock(&__lwb_netgr_lock);
	if (r >= 0)
		errno = saved;
	return r == 1;
}
