/*
 * libwildebeest: <string.h> with glibc's strndupa, on top of musl's.
 *
 * strndupa(s, n) copies at most n bytes of s into memory on the caller's
 * stack (released when the calling function returns) and NUL-terminates
 * it; strdupa(s) copies all of s. Both evaluate each argument once, as
 * glibc's do (musl's own strdupa evaluates s twice, so it is replaced).
 * They are GNU statement expressions around alloca, so, as on glibc, they
 * exist only for GNU C compilers, and only as macros: their memory belongs
 * to the function that uses them, which no real function could give.
 */
#ifndef __LWB_GNU_DECLS_STRING_H
#define __LWB_GNU_DECLS_STRING_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <string.h>

#if defined(_GNU_SOURCE) && !defined(__GLIBC__) && defined(__GNUC__)
#undef strdupa
#define strdupa(s) (__extension__ ({ \
	const char *__lwb_old = (s); \
	size_t __lwb_size = strlen(__lwb_old) + 1; \
	(char *)memcpy(__builtin_alloca(__lwb_size), __lwb_old, __lwb_size); \
}))

#undef strndupa
#define strndupa(s, n) (__extension__ ({ \
	const char *__lwb_old = (s); \
	size_t __lwb_len = strnlen(__lwb_old, (n)); \
	char *__lwb_new = (char *)__builtin_alloca(__lwb_len + 1); \
	__lwb_new[__lwb_len] = '\0'; \
	(char *)memcpy(__lwb_new, __lwb_old, __lwb_len); \
}))
#endif

#endif
