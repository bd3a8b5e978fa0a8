/*
 * libwildebeest: <rpc/netdb.h>, the rpc program-number database of
 * /etc/rpc, which musl lacks. As in glibc, the reentrant functions are
 * declared under _DEFAULT_SOURCE (musl's _BSD_SOURCE, on by default) or
 * _GNU_SOURCE. The functions come from libwildebeest-netdb. On glibc (the
 * sanitizer configuration) this is glibc's own header.
 */
#ifndef __LWB_NETDB_RPC_NETDB_H
#define __LWB_NETDB_RPC_NETDB_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#ifdef __GLIBC__
#include_next <rpc/netdb.h>
#else
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct rpcent {
	char *r_name;
	char **r_aliases;
	int r_number;
};

void setrpcent(int);
void endrpcent(void);
struct rpcent *getrpcent(void);
struct rpcent *getrpcbyname(const char *);
struct rpcent *getrpcbynumber(int);

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int getrpcent_r(struct rpcent *__restrict, char *__restrict, size_t,
	struct rpcent **__restrict);
int getrpcbyname_r(const char *__restrict, struct rpcent *__restrict,
	char *__restrict, size_t, struct rpcent **__restrict);
int getrpcbynumber_r(int, struct rpcent *__restrict, char *__restrict,
	size_t, struct rpcent **__restrict);
#endif

#ifdef __cplusplus
}
#endif
#endif

#endif
