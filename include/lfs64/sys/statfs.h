/*
 * libwildebeest: <sys/statfs.h> with glibc's large-file names, on top of
 * musl's, under _LARGEFILE64_SOURCE or _GNU_SOURCE. As on glibc, struct
 * statfs64 is a structure of its own and statfs64 and fstatfs64 are
 * functions of their own that take it, so code that defines both statfs
 * and statfs64 (an LD_PRELOAD library) builds. musl's struct statfs is
 * already 64-bit, so struct statfs64 has its layout (libwildebeest-lfs64
 * checks that when it is built).
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

/* musl's <bits/statfs.h> defines struct statfs for the architecture and
 * nothing else, with no include guard (1.2.3 to 1.2.5): read a second time
 * with the tag renamed, it gives struct statfs64 the same members in the
 * same places (as <sys/stat.h> does for struct stat64). */
#ifndef __LWB_STRUCT_STATFS64
#define __LWB_STRUCT_STATFS64
#define statfs statfs64
#include <bits/statfs.h>
#undef statfs
#endif

#ifdef __cplusplus
extern "C" {
#endif
int statfs64(const char *, struct statfs64 *);
int fstatfs64(int, struct statfs64 *);
#ifdef __cplusplus
}
#endif
#endif

#endif
