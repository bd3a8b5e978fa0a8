#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include "db.h"
#include "hosts.h"

int __lwb_hosts_line(char *p, struct __lwb_ent *e)
{
	char *addr;

	p = __lwb_skip_space(p);
	addr = __lwb_netdb_field(&p);
	if (inet_pton(AF_INET, addr, e->addr) == 1)
		e->af = AF_INET;
	else if (inet_pton(AF_INET6, addr, e->addr) == 1)
		e->af = AF_INET6;
	else
		return -1;
	e->name = __lwb_netdb_field(&p);
	e->aliases = p;
	e->naliases = __lwb_cut_aliases(p);
	return 0;
}

/* gethostent is IPv4 only: ::1 stands for 127.0.0.1, an IPv4-mapped
 * address for its IPv4 one, other IPv6 lines are skipped. */
static int parse(char *p, struct __lwb_ent *e)
{
	static const unsigned char mapped[12] = { [10] = 0xff, [11] = 0xff };
	static const unsigned char loopback[16] = { [15] = 1 };

	if (__lwb_hosts_line(p, e))
		return -1;
	if (e->af == AF_INET)
		return 0;
	if (!memcmp(e->addr, loopback, 16))
		memcpy(e->addr, (const unsigned char[4]){ 127, 0, 0, 1 }, 4);
	else if (!memcmp(e->addr, mapped, 12))
		memmove(e->addr, e->addr + 12, 4);
	else
		return -1;
	e->af = AF_INET;
	return 0;
}

/* glibc keeps room for an IPv6 address and two pointers ahead of the line. */
const struct __lwb_dbtype __lwb_hosts = { "/etc/hosts", 16 + 2 * sizeof(char *), 1, parse };
struct __lwb_db __lwb_hosts_db = LWB_DB_INIT(&__lwb_hosts);

int __lwb_hosts_fill(const struct __lwb_ent *e, void *result, char *buf, size_t buflen)
{
	struct hostent *he = result;
	struct __lwb_buf b = { buf, buf + buflen };
	size_t len = e->af == AF_INET ? 4 : 16;
	char **list = __lwb_buf_ptrs(&b, 2);

	he->h_aliases = __lwb_buf_aliases(&b, e);
	if (!list || !he->h_aliases || (size_t)(b.end - b.p) < len)
		return ERANGE;
	list[0] = memcpy(b.p, e->addr, len);
	list[1] = NULL;
	b.p += len;
	he->h_addr_list = list;
	he->h_addrtype = e->af;
	he->h_length = (int)len;
	he->h_name = __lwb_buf_str(&b, e->name);
	return he->h_name ? 0 : ERANGE;
}
