/*
 * libwildebeest: <sys/uio.h> with glibc's preadv64 and pwritev64, on top
 * of musl's, under _LARGEFILE64_SOURCE or _GNU_SOURCE in the default and
 * GNU modes: preadv and pwritev (libwildebeest-lfs64). As glibc's, the
 * header then gives the <sys/types.h> large-file types too.
 */
#ifndef __LWB_LFS64_SYS_UIO_H
#define __LWB_LFS64_SYS_UIO_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/uio.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef preadv64
#undef pwritev64
#undef off64_t
#include <sys/types.h>
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifdef __cplusplus
extern "C" {
#endif
ssize_t preadv64(int, const struct iovec *, int, off_t);
ssize_t pwritev64(int, const struct iovec *, int, off_t);
#ifdef __cplusplus
}
#endif
#endif
#endif

#endif
