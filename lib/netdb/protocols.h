/* Shared by the protocols functions. */
#ifndef LWB_NETDB_PROTOCOLS_H
#define LWB_NETDB_PROTOCOLS_H

#include "db.h"

int __lwb_protocols_fill(const struct __lwb_ent *, void *, char *, size_t) LWB_HIDDEN;

#endif
