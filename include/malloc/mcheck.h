/*
 * libwildebeest: <mcheck.h>, which musl lacks. Since 2.34 glibc's malloc
 * checking and tracing live in libc_malloc_debug.so and do nothing unless
 * that library is preloaded; these behave as glibc 2.36 does without it:
 * mcheck and mcheck_pedantic return -1, mprobe MCHECK_DISABLED,
 * mcheck_check_all, mtrace and muntrace nothing. musl has no debugging
 * allocator to load. The functions come from libwildebeest-malloc.
 */
#ifndef __LWB_MALLOC_MCHECK_H
#define __LWB_MALLOC_MCHECK_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#ifdef __GLIBC__
#include_next <mcheck.h>
#else
#ifdef __cplusplus
extern "C" {
#endif

enum mcheck_status {
	MCHECK_DISABLED = -1,
	MCHECK_OK,
	MCHECK_FREE,
	MCHECK_HEAD,
	MCHECK_TAIL
};

int mcheck(void (*)(enum mcheck_status));
int mcheck_pedantic(void (*)(enum mcheck_status));
void mcheck_check_all(void);
enum mcheck_status mprobe(void *);
void mtrace(void);
void muntrace(void);

#ifdef __cplusplus
}
#endif
#endif

#endif
