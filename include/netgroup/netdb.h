/*
 * libwildebeest: <netdb.h> with glibc's netgroup functions.
 */
#ifndef __LWB_NETGROUP_NETDB_H
#define __LWB_NETGROUP_NETDB_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <netdb.h>

#if !defined(__GLIBC__) && (defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE))
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

int setnetgrent(const char *);
void endnetgrent(void);
int getnetgrent(char **, char **, char **);
int getnetgrent_r(char **, char **, char **, char *, size_t);
int innetgr(const char *, const char *, const char *, const char *);

#ifdef __cplusplus
}
#endif
#endif

#endif
