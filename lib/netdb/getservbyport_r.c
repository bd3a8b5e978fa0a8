#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netdb.h>
#include <string.h>
#include "services.h"

struct key {
	int port;
	const char *proto;
};

/* port is in network byte order, compared as the int it is. */
static int match(const struct __lwb_ent *e, const void *k)
{
	const struct key *key = k;

	return htons((uint16_t)e->num) == key->port
		&& (!key->proto || !strcmp(e->proto, key->proto));
}

int __wrap_getservbyport_r(int port, const char *proto, struct servent *se,
	char *buf, size_t buflen, struct servent **result)
{
	struct key key = { port, proto };
	int found, r = __lwb_db_find(&__lwb_services, match, &key, buf, buflen,
		__lwb_services_fill, se, &found);

	*result = found ? se : NULL;
	return r;
}
