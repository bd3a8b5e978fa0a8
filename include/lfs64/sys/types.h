/*
 * libwildebeest: <sys/types.h> with glibc's large-file types, on top of
 * musl's: off64_t, ino64_t, blkcnt64_t, fsblkcnt64_t and fsfilcnt64_t,
 * under _LARGEFILE64_SOURCE or _GNU_SOURCE. musl's types are 64-bit on
 * every architecture, so each is its non-64 type, as a typedef (musl
 * 1.2.3 had macros, which musl 1.2.4 took out of _GNU_SOURCE).
 */
#ifndef __LWB_LFS64_SYS_TYPES_H
#define __LWB_LFS64_SYS_TYPES_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/types.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef off64_t
#undef ino64_t
#undef blkcnt64_t
#undef fsblkcnt64_t
#undef fsfilcnt64_t
#ifndef __LWB_OFF64_T
#define __LWB_OFF64_T
typedef off_t off64_t;
#endif
#ifndef __LWB_INO64_T
#define __LWB_INO64_T
typedef ino_t ino64_t;
#endif
#ifndef __LWB_BLKCNT64_T
#define __LWB_BLKCNT64_T
typedef blkcnt_t blkcnt64_t;
#endif
#ifndef __LWB_FSBLKCNT64_T
#define __LWB_FSBLKCNT64_T
typedef fsblkcnt_t fsblkcnt64_t;
#endif
#ifndef __LWB_FSFILCNT64_T
#define __LWB_FSFILCNT64_T
typedef fsfilcnt_t fsfilcnt64_t;
#endif
#endif

#endif
