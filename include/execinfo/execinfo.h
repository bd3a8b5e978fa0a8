/*
 * libwildebeest: <execinfo.h>, which musl does not have.
 *
 * backtrace, backtrace_symbols and backtrace_symbols_fd as in glibc; the
 * functions come from libwildebeest-execinfo. On glibc this header passes
 * glibc's own through.
 */
#ifndef __LWB_EXECINFO_EXECINFO_H
#define __LWB_EXECINFO_EXECINFO_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#ifdef __GLIBC__
#include_next <execinfo.h>
#else

#ifdef __cplusplus
extern "C" {
#endif

int backtrace(void **, int);
char **backtrace_symbols(void *const *, int);
void backtrace_symbols_fd(void *const *, int, int);

#ifdef __cplusplus
}
#endif

#endif
#endif
