#define _GNU_SOURCE
#include <rpc/netdb.h>
#include <string.h>
#include "rpc.h"

/* Case-sensitive, the name or an alias. */
static int match(const struct __lwb_ent *e, const void *name)
{
	return __lwb_names_match(e, name, strcmp);
}

int getrpcbyname_r(const char *name, struct rpcent *re, char *buf, size_t buflen,
	struct rpcent **result)
{
	int found, r = __lwb_db_find(&__lwb_rpc, match, name, buf, buflen,
		__lwb_rpc_fill, re, &found);

	*result = found ? re : NULL;
	return r;
}
