/* Shared by the rpc functions. */
#ifndef LWB_NETDB_RPC_H
#define LWB_NETDB_RPC_H

#include "db.h"

int __lwb_rpc_fill(const struct __lwb_ent *, void *, char *, size_t) LWB_HIDDEN;

#endif
