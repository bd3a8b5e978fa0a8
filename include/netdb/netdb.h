/*
 * libwildebeest: <netdb.h> with glibc's additions for the files databases,
 * on top of musl's.
 *
 * Where glibc declares them (_DEFAULT_SOURCE, which musl spells _BSD_SOURCE
 * and enables by default, or _GNU_SOURCE): the reentrant enumerations and
 * lookups musl lacks (gethostent_r, getnetent_r, getnetbyname_r,
 * getnetbyaddr_r, getservent_r, getprotoent_r, getprotobyname_r,
 * getprotobynumber_r), NETDB_INTERNAL and NETDB_SUCCESS, and <rpc/netdb.h>,
 * which glibc's <netdb.h> includes. The implementations, and glibc's
 * behaviour for musl's stubs (gethostent, getnetent, getnetbyname,
 * getservent, ...), come from libwildebeest-netdb through -Wl,--wrap.
 */
#ifndef __LWB_NETDB_NETDB_H
#define __LWB_NETDB_NETDB_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <netdb.h>

#if (defined(_GNU_SOURCE) || defined(_BSD_SOURCE)) && !defined(__GLIBC__)
#include <rpc/netdb.h>

#ifndef NETDB_INTERNAL
#define NETDB_INTERNAL (-1)
#endif
#ifndef NETDB_SUCCESS
#define NETDB_SUCCESS 0
#endif

#ifdef __cplusplus
extern "C" {
#endif
int gethostent_r(struct hostent *__restrict, char *__restrict, size_t,
	struct hostent **__restrict, int *__restrict);
int getnetent_r(struct netent *__restrict, char *__restrict, size_t,
	struct netent **__restrict, int *__restrict);
int getnetbyname_r(const char *__restrict, struct netent *__restrict,
	char *__restrict, size_t, struct netent **__restrict, int *__restrict);
int getnetbyaddr_r(uint32_t, int, struct netent *__restrict,
	char *__restrict, size_t, struct netent **__restrict, int *__restrict);
int getservent_r(struct servent *__restrict, char *__restrict, size_t,
	struct servent **__restrict);
int getprotoent_r(struct protoent *__restrict, char *__restrict, size_t,
	struct protoent **__restrict);
int getprotobyname_r(const char *__restrict, struct protoent *__restrict,
	char *__restrict, size_t, struct protoent **__restrict);
int getprotobynumber_r(int, struct protoent *__restrict,
	char *__restrict, size_t, struct protoent **__restrict);
#ifdef __cplusplus
}
#endif
#endif

#endif
