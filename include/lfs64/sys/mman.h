/*
 * libwildebeest: <sys/mman.h> with glibc's mmap64, on top of musl's, under
 * _LARGEFILE64_SOURCE or _GNU_SOURCE: mmap (libwildebeest-lfs64).
 */
#ifndef __LWB_LFS64_SYS_MMAN_H
#define __LWB_LFS64_SYS_MMAN_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/mman.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef off64_t
#undef mmap64
#ifdef __cplusplus
extern "C" {
#endif
void *mmap64(void *, size_t, int, int, int, off_t);
#ifdef __cplusplus
}
#endif
#endif

#endif
