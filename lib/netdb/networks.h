/* Shared by the networks functions. */
#ifndef LWB_NETDB_NETWORKS_H
#define LWB_NETDB_NETWORKS_H

#include "db.h"

int __lwb_networks_fill(const struct __lwb_ent *, void *, char *, size_t) LWB_HIDDEN;

#endif
