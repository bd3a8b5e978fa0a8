#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <sys/socket.h>
#include "networks.h"

struct key {
	uint32_t net;
	int type;
};

/* Every network is AF_INET; AF_UNSPEC asks for any type. */
static int match(const struct __lwb_ent *e, const void *k)
{
	const struct key *key = k;

	return e->num == key->net && (key->type == AF_INET || key->type == AF_UNSPEC);
}

int getnetbyaddr_r(uint32_t net, int type, struct netent *ne, char *buf, size_t buflen,
	struct netent **result, int *h_errnop)
{
	struct key key = { net, type };
	int found, r = __lwb_db_find(&__lwb_networks, match, &key, buf, buflen,
		__lwb_networks_fill, ne, &found);

	*result = found ? ne : NULL;
	if (r == ERANGE)
		*h_errnop = NETDB_INTERNAL;
	else if (!r && !found)
		*h_errnop = HOST_NOT_FOUND;
	return r;
}
