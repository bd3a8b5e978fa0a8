/*
 * libwildebeest: <shadow.h> with glibc's getspent_r, fgetspent_r and
 * sgetspent_r.
 */
#ifndef __LWB_SHADOW_SHADOW_H
#define __LWB_SHADOW_SHADOW_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <shadow.h>

#if !defined(__GLIBC__) && (defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE))
#ifdef __cplusplus
extern "C" {
#endif

int getspent_r(struct spwd *, char *, size_t, struct spwd **);
int fgetspent_r(FILE *, struct spwd *, char *, size_t, struct spwd **);
int sgetspent_r(const char *, struct spwd *, char *, size_t, struct spwd **);

#ifdef __cplusplus
}
#endif
#endif

#endif
