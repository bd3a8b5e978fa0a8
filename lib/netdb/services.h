/* Shared by the services functions. */
#ifndef LWB_NETDB_SERVICES_H
#define LWB_NETDB_SERVICES_H

#include "db.h"

int __lwb_services_fill(const struct __lwb_ent *, void *, char *, size_t) LWB_HIDDEN;

#endif
