/*
 * libwildebeest: <errno.h> with glibc's error_t, on top of musl's.
 *
 * error_t is int, the type GNU code (argp parsers above all) returns errno
 * values in. glibc's argp.h defines it too; both use glibc's guard
 * __error_t_defined, so either header may come first.
 */
#ifndef __LWB_GNU_DECLS_ERRNO_H
#define __LWB_GNU_DECLS_ERRNO_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <errno.h>

#if defined(_GNU_SOURCE) && !defined(__GLIBC__) && !defined(__error_t_defined)
#define __error_t_defined 1
typedef int error_t;
#endif

#endif
