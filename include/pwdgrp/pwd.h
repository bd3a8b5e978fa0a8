/*
 * libwildebeest: <pwd.h> with glibc's getpwent_r and fgetpwent_r.
 */
#ifndef __LWB_PWDGRP_PWD_H
#define __LWB_PWDGRP_PWD_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <pwd.h>

#if !defined(__GLIBC__) && (defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE))
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

int getpwent_r(struct passwd *, char *, size_t, struct passwd **);
int fgetpwent_r(FILE *, struct passwd *, char *, size_t, struct passwd **);

#ifdef __cplusplus
}
#endif
#endif

#endif
