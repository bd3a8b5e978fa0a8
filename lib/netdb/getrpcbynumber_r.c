#define _GNU_SOURCE
#include <rpc/netdb.h>
#include "rpc.h"

static int match(const struct __lwb_ent *e, const void *number)
{
	return (int)e->num == *(const int *)number;
}

int getrpcbynumber_r(int number, struct rpcent *re, char *buf, size_t buflen,
	struct rpcent **result)
{
	int found, r = __lwb_db_find(&__lwb_rpc, match, &number, buf, buflen,
		__lwb_rpc_fill, re, &found);

	*result = found ? re : NULL;
	return r;
}
