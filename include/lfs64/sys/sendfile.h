/*
 * libwildebeest: <sys/sendfile.h> with glibc's sendfile64, on top of
 * musl's, under _LARGEFILE64_SOURCE or _GNU_SOURCE: sendfile
 * (libwildebeest-lfs64).
 */
#ifndef __LWB_LFS64_SYS_SENDFILE_H
#define __LWB_LFS64_SYS_SENDFILE_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/sendfile.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef sendfile64
#include <sys/types.h>
#ifdef __cplusplus
extern "C" {
#endif
ssize_t sendfile64(int, int, off_t *, size_t);
#ifdef __cplusplus
}
#endif
#endif

#endif
