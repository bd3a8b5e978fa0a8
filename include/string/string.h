/*
 * libwildebeest: <string.h> with glibc's GNU additions, on top of musl's.
 *
 * Under _GNU_SOURCE, as glibc: strerror_r is the GNU version (returns
 * char *) and basename the GNU one (never modifies its argument), each
 * bound with an asm label so that units without _GNU_SOURCE keep the XSI
 * strerror_r and, through <libgen.h>, the POSIX basename in the same
 * program; strerrorname_np, strerrordesc_np, sigabbrev_np and sigdescr_np.
 * The texts come from libwildebeest-string (glibc's, through -Wl,--wrap).
 */
#ifndef __LWB_STRING_STRING_H
#define __LWB_STRING_STRING_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

/* Keep musl's declarations of the XSI strerror_r and of musl 1.2.3's
 * prototype-less GNU basename out of the way of the GNU ones below. With
 * <libgen.h> first, basename is already its macro and stays so. Which libc
 * this is must be known first (the sanitizer build passes glibc's own
 * headers through). */
#include <features.h>
#if defined(_GNU_SOURCE) && !defined(__GLIBC__)
#define strerror_r __lwb_musl_strerror_r
#ifndef basename
#define basename __lwb_musl_basename
#define __LWB_STRING_HID_BASENAME
#endif
#endif

#include_next <string.h>

#if defined(_GNU_SOURCE) && !defined(__GLIBC__)
#undef strerror_r
#ifdef __LWB_STRING_HID_BASENAME
#undef basename
#undef __LWB_STRING_HID_BASENAME
#define __LWB_STRING_GNU_BASENAME
#endif

#ifdef __cplusplus
extern "C" {
#endif

char *strerror_r(int, char *, size_t) __asm__("__lwb_gnu_strerror_r");
#ifdef __LWB_STRING_GNU_BASENAME
char *basename(const char *) __asm__("__lwb_gnu_basename");
#endif
const char *strerrorname_np(int);
const char *strerrordesc_np(int);
const char *sigabbrev_np(int);
const char *sigdescr_np(int);

#ifdef __cplusplus
}
#endif
#endif

#endif
