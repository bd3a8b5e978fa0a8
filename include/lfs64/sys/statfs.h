/*
 * libwildebeest: <sys/statfs.h> with glibc's large-file names, on top of
 * musl's, under _LARGEFILE64_SOURCE or _GNU_SOURCE. statfs64, the function
 * and the structure, is statfs: a macro, as in musl 1.2.3, since C has no
 * other way to give a structure a second tag (C++ code overloading on the
 * two types cannot build). fstatfs64 is the non-64 function
 * (libwildebeest-lfs64).
 */
#ifndef __LWB_LFS64_SYS_STATFS_H
#define __LWB_LFS64_SYS_STATFS_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/statfs.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef statfs64
/* musl's header defines these as macros too; glibc's gives none of them
 * (<sys/types.h> has them, as typedefs). */
#undef off64_t
#undef ino64_t
#undef blkcnt64_t
#undef fsblkcnt64_t
#undef fsfilcnt64_t
#undef fstatfs64
#define statfs64 statfs
#ifdef __cplusplus
extern "C" {
#endif
int fstatfs64(int, struct statfs *);
#ifdef __cplusplus
}
#endif
#endif

#endif
