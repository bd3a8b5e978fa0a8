#define _GNU_SOURCE
#include <netdb.h>
#include <string.h>
#include "services.h"

struct key {
	const char *name, *proto;
};

/* Names and protocols are case-sensitive; no protocol matches any. */
static int match(const struct __lwb_ent *e, const void *k)
{
	const struct key *key = k;

	return (!key->proto || !strcmp(e->proto, key->proto))
		&& __lwb_names_match(e, key->name, strcmp);
}

int __wrap_getservbyname_r(const char *name, const char *proto, struct servent *se,
	char *buf, size_t buflen, struct servent **result)
{
	struct key key = { name, proto };
	int found, r = __lwb_db_find(&__lwb_services, match, &key, buf, buflen,
		__lwb_services_fill, se, &found);

	*result = found ? se : NULL;
	return r;
}
