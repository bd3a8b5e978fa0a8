/*
 * -s: which sources a database is read from.
 */
#define _GNU_SOURCE
#include "getent.h"

#ifdef __GLIBC__
#include <nss.h>

/* glibc: the configuration replaces the database's nsswitch.conf line. */
void getent_configure(const char *db, const char *config)
{
	__nss_configure_lookup(db, config);
}
#else
/* musl reads no nsswitch.conf: its sources are fixed (files, then DNS for
 * hosts; files for the others). The configuration is accepted and not
 * applied; see getent(1). */
void getent_configure(const char *db, const char *config)
{
	(void)db;
	(void)config;
}
#endif
