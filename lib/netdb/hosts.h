/* Shared by the hosts functions, and for tools/getent. */
#ifndef LWB_NETDB_HOSTS_H
#define LWB_NETDB_HOSTS_H

#include "db.h"

/* A line of /etc/hosts, "address [name [alias...]]", IPv4 or IPv6 as
 * written (e->af), as a __lwb_dbtype parser: for keyed lookups that want
 * both families (getent hosts). The name may be empty, as in glibc. */
int __lwb_hosts_line(char *, struct __lwb_ent *) LWB_HIDDEN;

int __lwb_hosts_fill(const struct __lwb_ent *, void *, char *, size_t) LWB_HIDDEN;

#endif
