#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>
#include "netgr.h"

/* A NULL on either side matches anything; host and domain names compare
 * without regard to case, user names exactly, as in glibc. */
static int match(const char *want, const char *have, int fold)
{
	if (!want || !have)
		return 1;
	return fold ? !strcasecmp(want, have) : !strcmp(want, have);
}

/* Walks the group on its own (the walk of setnetgrent is not disturbed),
 * with getnetgrent's buffer size: a triple too long for it ends the
 * search with 0 and ERANGE, as in glibc. */
int __wrap_innetgr(const char *netgroup, const char *host, const char *user,
	const char *domain)
{
	struct __lwb_netgr w = {0};
	char *buf, *h, *u, *d;
	int r, found = 0, saved = errno;

	if (!netgroup)
		return 0;
	buf = malloc(LWB_NETGR_BUFSIZE);
	if (!buf)
		return 0;
	r = __lwb_netgr_start(&w, netgroup);
	if (r == 1) {
		errno = saved;
		while ((r = __lwb_netgr_next(&w, &h, &u, &d, buf, LWB_NETGR_BUFSIZE)) == 1)
			if (match(host, h, 1) && match(user, u, 0) && match(domain, d, 1)) {
				found = 1;
				break;
			}
		if (r > 1)
			errno = r;
	} else if (r == 0) {
		errno = saved;
	}
	__lwb_netgr_free(&w);
	free(buf);
	return found;
}
