#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include "db.h"
#include "networks.h"

/* name [address [alias...]]: a line with a name alone is an entry too.
 * The address is glibc's inet_network, left-justified ("10.1" is
 * 10.1.0.0) unless it failed: INADDR_NONE, also when it is missing. */
static int parse(char *p, struct __lwb_ent *e)
{
	const char *addr;
	unsigned long net;
	int dots = 0;

	p = __lwb_skip_space(p);
	e->name = __lwb_netdb_field(&p);
	if (!*e->name)
		return -1;
	addr = __lwb_netdb_field(&p);
	net = __lwb_inet_network(addr);
	if (net != 0xffffffff) {
		for (const char *d = addr; (d = strchr(d, '.')); d++)
			dots++;
		net = (net << 8 * (3 - dots)) & 0xffffffff;
	}
	e->num = net;
	e->aliases = p;
	e->naliases = __lwb_cut_aliases(p);
	return 0;
}

const struct __lwb_dbtype __lwb_networks = { "/etc/networks", 0, 1, parse };
struct __lwb_db __lwb_networks_db = LWB_DB_INIT(&__lwb_networks);

int __lwb_networks_fill(const struct __lwb_ent *e, void *result, char *buf, size_t buflen)
{
	struct netent *ne = result;
	struct __lwb_buf b = { buf, buf + buflen };

	ne->n_aliases = __lwb_buf_aliases(&b, e);
	ne->n_name = __lwb_buf_str(&b, e->name);
	ne->n_addrtype = AF_INET;
	ne->n_net = (uint32_t)e->num;
	return ne->n_aliases && ne->n_name ? 0 : ERANGE;
}
