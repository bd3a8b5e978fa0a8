#define _GNU_SOURCE
#include <netdb.h>
#include <string.h>
#include "protocols.h"

/* Case-sensitive, the name or an alias. */
static int match(const struct __lwb_ent *e, const void *name)
{
	return __lwb_names_match(e, name, strcmp);
}

int __wrap_getprotobyname_r(const char *name, struct protoent *pe, char *buf, size_t buflen,
	struct protoent **result)
{
	int found, r = __lwb_db_find(&__lwb_protocols, match, name, buf, buflen,
		__lwb_protocols_fill, pe, &found);

	*result = found ? pe : NULL;
	return r;
}
