#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "db.h"
#include "services.h"

/* name port[/protocol] [alias...]: the port as strtoul reads it in any
 * base, up to 2^32-1 and truncated to 16 bits, ending at '/' or the end of
 * the line; the protocol is the rest of that field and may be empty. As
 * glibc, any further slashes after the first are skipped ("1//tcp" is
 * tcp), while one inside the protocol is kept ("9/a/b" is a/b). */
static int parse(char *p, struct __lwb_ent *e)
{
	unsigned long long port;
	char *end;
	int saved = errno;

	p = __lwb_skip_space(p);
	e->name = __lwb_netdb_field(&p);
	if (!*p)
		return -1;
	port = strtoull(p, &end, 0);
	errno = saved;
	if (end == p || (*end != '/' && *end) || port > 0xffffffff)
		return -1;
	p = end;
	while (*p == '/')
		p++;
	e->proto = __lwb_netdb_field(&p);
	e->num = port;
	e->aliases = p;
	e->naliases = __lwb_cut_aliases(p);
	return 0;
}

const struct __lwb_dbtype __lwb_services = { "/etc/services", 0, 1, parse };
struct __lwb_db __lwb_services_db = LWB_DB_INIT(&__lwb_services);

int __lwb_services_fill(const struct __lwb_ent *e, void *result, char *buf, size_t buflen)
{
	struct servent *se = result;
	struct __lwb_buf b = { buf, buf + buflen };

	se->s_aliases = __lwb_buf_aliases(&b, e);
	se->s_name = __lwb_buf_str(&b, e->name);
	se->s_proto = __lwb_buf_str(&b, e->proto);
	se->s_port = htons((uint16_t)e->num);
	return se->s_aliases && se->s_name && se->s_proto ? 0 : ERANGE;
}
