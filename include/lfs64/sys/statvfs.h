/*
 * libwildebeest: <sys/statvfs.h> with glibc's large-file names, on top of
 * musl's, under _LARGEFILE64_SOURCE or _GNU_SOURCE. statvfs64, the function
 * and the structure, is statvfs: a macro, as in musl 1.2.3, since C has no
 * other way to give a structure a second tag (C++ code overloading on the
 * two types cannot build). fstatvfs64 is the non-64 function
 * (libwildebeest-lfs64).
 */
#ifndef __LWB_LFS64_SYS_STATVFS_H
#define __LWB_LFS64_SYS_STATVFS_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/statvfs.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef statvfs64
/* musl's header defines these as macros too; glibc's gives none of them
 * (<sys/types.h> has them, as typedefs). */
#undef off64_t
#undef ino64_t
#undef blkcnt64_t
#undef fsblkcnt64_t
#undef fsfilcnt64_t
#undef fstatvfs64
#define statvfs64 statvfs
#ifdef __cplusplus
extern "C" {
#endif
int fstatvfs64(int, struct statvfs *);
#ifdef __cplusplus
}
#endif
#endif

#endif
