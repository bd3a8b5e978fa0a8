#define _GNU_SOURCE
#include <errno.h>
#include <rpc/netdb.h>
#include <string.h>
#include "db.h"
#include "rpc.h"

const struct __lwb_dbtype __lwb_rpc = { "/etc/rpc", 0, 1, __lwb_parse_numbered };
struct __lwb_db __lwb_rpc_db = LWB_DB_INIT(&__lwb_rpc);

int __lwb_rpc_fill(const struct __lwb_ent *e, void *result, char *buf, size_t buflen)
{
	struct rpcent *re = result;
	struct __lwb_buf b = { buf, buf + buflen };

	re->r_aliases = __lwb_buf_aliases(&b, e);
	re->r_name = __lwb_buf_str(&b, e->name);
	re->r_number = (int)e->num;
	return re->r_aliases && re->r_name ? 0 : ERANGE;
}
