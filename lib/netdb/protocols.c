#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "db.h"
#include "protocols.h"

const struct __lwb_dbtype __lwb_protocols = { "/etc/protocols", 0, 1, __lwb_parse_numbered };
struct __lwb_db __lwb_protocols_db = LWB_DB_INIT(&__lwb_protocols);

int __lwb_protocols_fill(const struct __lwb_ent *e, void *result, char *buf, size_t buflen)
{
	struct protoent *pe = result;
	struct __lwb_buf b = { buf, buf + buflen };

	pe->p_aliases = __lwb_buf_aliases(&b, e);
	pe->p_name = __lwb_buf_str(&b, e->name);
	pe->p_proto = (int)e->num;
	return pe->p_aliases && pe->p_name ? 0 : ERANGE;
}
