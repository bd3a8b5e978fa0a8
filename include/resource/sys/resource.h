/*
 * libwildebeest: <sys/resource.h> with glibc's rlim_t on 64-bit targets, on
 * top of musl's.
 *
 * On LP64 targets glibc's rlim_t is unsigned long (the type of uint64_t
 * there), and RLIM_INFINITY an unsigned long too; musl's rlim_t is always
 * unsigned long long. The two have the same size and representation, so
 * the kernel's and musl's getrlimit/setrlimit/prlimit are unchanged, but
 * the type is not the same to the compiler: code that prints a limit with
 * PRIu64 or "%lu" (systemd's RLIM_FMT) fails under -Werror=format on musl.
 * This header gives glibc's type: musl's declarations are read under other
 * names, then rlim_t, struct rlimit (same members, same layout), the
 * RLIM_* constants and the three functions are declared with it. On ILP32
 * targets glibc's rlim_t depends on _FILE_OFFSET_BITS and its layout
 * differs from musl's 64-bit one; musl's header is left alone there.
 */
#ifndef __LWB_RESOURCE_SYS_RESOURCE_H
#define __LWB_RESOURCE_SYS_RESOURCE_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#if !defined(__GLIBC__) && defined(__LP64__)
#define __LWB_RESOURCE_RLIM_T 1
#define rlim_t __lwb_resource_musl_rlim_t
#define rlimit __lwb_resource_musl_rlimit
#define getrlimit __lwb_resource_musl_getrlimit
#define setrlimit __lwb_resource_musl_setrlimit
#define prlimit __lwb_resource_musl_prlimit
#endif

#include_next <sys/resource.h>

#ifdef __LWB_RESOURCE_RLIM_T
#undef rlim_t
#undef rlimit
#undef getrlimit
#undef setrlimit
#undef prlimit
#undef RLIM_INFINITY
#undef RLIM_SAVED_CUR
#undef RLIM_SAVED_MAX

typedef unsigned long rlim_t;

struct rlimit {
	rlim_t rlim_cur;
	rlim_t rlim_max;
};

/* glibc's is unsigned long long under _FILE_OFFSET_BITS=64 (its large-file
 * value), unsigned long otherwise. */
#if defined(_FILE_OFFSET_BITS) && _FILE_OFFSET_BITS == 64
#define RLIM_INFINITY (~0ULL)
#else
#define RLIM_INFINITY (~0UL)
#endif
#define RLIM_SAVED_CUR RLIM_INFINITY
#define RLIM_SAVED_MAX RLIM_INFINITY

#ifdef __cplusplus
extern "C" {
#endif
int getrlimit(int, struct rlimit *);
int setrlimit(int, const struct rlimit *);
#ifdef _GNU_SOURCE
int prlimit(pid_t, int, const struct rlimit *, struct rlimit *);
#endif
#ifdef __cplusplus
}
#endif
#endif

#endif
