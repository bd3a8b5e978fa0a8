/*
 * libwildebeest: <grp.h> with glibc's getgrent_r and fgetgrent_r.
 */
#ifndef __LWB_PWDGRP_GRP_H
#define __LWB_PWDGRP_GRP_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <grp.h>

#if !defined(__GLIBC__) && (defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE))
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

int getgrent_r(struct group *, char *, size_t, struct group **);
int fgetgrent_r(FILE *, struct group *, char *, size_t, struct group **);

#ifdef __cplusplus
}
#endif
#endif

#endif
