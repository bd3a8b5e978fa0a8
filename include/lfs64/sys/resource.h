/*
 * libwildebeest: <sys/resource.h> with glibc's large-file names, on top of
 * musl's, under _LARGEFILE64_SOURCE or _GNU_SOURCE: rlim64_t, struct
 * rlimit64 (struct rlimit), RLIM64_INFINITY, getrlimit64, setrlimit64 and,
 * under _GNU_SOURCE, prlimit64, each its non-64 counterpart (musl's limits
 * are always 64-bit; libwildebeest-lfs64).
 */
#ifndef __LWB_LFS64_SYS_RESOURCE_H
#define __LWB_LFS64_SYS_RESOURCE_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/resource.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef rlim64_t
#undef rlimit64
#undef RLIM64_INFINITY
#undef getrlimit64
#undef setrlimit64
#undef prlimit64
#ifndef __LWB_RLIM64_T
#define __LWB_RLIM64_T
typedef rlim_t rlim64_t;
#endif
#define rlimit64 rlimit
/* unsigned long long in every mode, as glibc's (RLIM_INFINITY's type may
 * differ: libwildebeest-resource gives it glibc's); rlim_t is 64 bits on
 * every musl architecture. */
#define RLIM64_INFINITY 0xffffffffffffffffULL
#ifdef __cplusplus
extern "C" {
#endif
int getrlimit64(int, struct rlimit *);
int setrlimit64(int, const struct rlimit *);
#ifdef _GNU_SOURCE
int prlimit64(pid_t, int, const struct rlimit *, struct rlimit *);
#endif
#ifdef __cplusplus
}
#endif
#endif

#endif
