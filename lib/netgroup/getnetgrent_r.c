#define _GNU_SOURCE
#include <errno.h>
#include "netgr.h"

/* 1 with the next triple of the group setnetgrent chose; 0 at the end
 * (errno untouched), or 0 with errno ERANGE when buf is too small for the
 * triple, which a retry with a larger buffer returns. The pointers are
 * left alone unless a triple is returned. */
int __wrap_getnetgrent_r(char **host, char **user, char **domain, char *buf, size_t buflen)
{
	char *h, *u, *d;
	int r;

	pthread_mutex_lock(&__lwb_netgr_lock);
	r = __lwb_netgr_next(&__lwb_netgr_walk, &h, &u, &d, buf, buflen);
	pthread_mutex_unlock(&__lwb_netgr_lock);
	if (r != 1) {
		if (r)
			errno = r;
		return 0;
	}
	*host = h;
	*user = u;
	*domain = d;
	return 1;
}
