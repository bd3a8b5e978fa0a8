#define _GNU_SOURCE
#include <errno.h>
#include <rpc/netdb.h>
#include "rpc.h"

int getrpcent_r(struct rpcent *re, char *buf, size_t buflen, struct rpcent **result)
{
	struct __lwb_ent e;
	int r = __lwb_db_get(&__lwb_rpc_db, &e, buf, buflen, __lwb_rpc_fill, re);

	*result = r ? NULL : re;
	return r < 0 ? ENOENT : r;
}
