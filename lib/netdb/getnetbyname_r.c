#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <strings.h>
#include "networks.h"

/* Case-insensitive, the name or an alias. */
static int match(const struct __lwb_ent *e, const void *name)
{
	return __lwb_names_match(e, name, strcasecmp);
}

int getnetbyname_r(const char *name, struct netent *ne, char *buf, size_t buflen,
	struct netent **result, int *h_errnop)
{
	int found, r = __lwb_db_find(&__lwb_networks, match, name, buf, buflen,
		__lwb_networks_fill, ne, &found);

	*result = found ? ne : NULL;
	if (r == ERANGE)
		*h_errnop = NETDB_INTERNAL;
	else if (!r && !found)
		*h_errnop = HOST_NOT_FOUND;
	return r;
}
