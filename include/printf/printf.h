/*
 * libwildebeest: <printf.h>, which musl does not have.
 *
 * parse_printf_format, the PA_* argument types and flags with glibc's
 * values, and struct printf_info with glibc's layout. glibc's
 * register_printf_function family is not here: it changes what printf
 * itself does, which a library beside musl's printf cannot honour (see
 * docs/compat.md). On glibc this header passes glibc's own through.
 */
#ifndef __LWB_PRINTF_PRINTF_H
#define __LWB_PRINTF_PRINTF_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#ifdef __GLIBC__
#include_next <printf.h>
#else

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <wchar.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a conversion is, for handlers of conversions (glibc's layout). */
struct printf_info {
	int prec;
	int width;
	wchar_t spec;
	unsigned int is_long_double:1;
	unsigned int is_short:1;
	unsigned int is_long:1;
	unsigned int alt:1;
	unsigned int space:1;
	unsigned int left:1;
	unsigned int showsign:1;
	unsigned int group:1;
	unsigned int extra:1;
	unsigned int is_char:1;
	unsigned int wide:1;
	unsigned int i18n:1;
	unsigned int is_binary128:1;
	unsigned int __pad:3;
	unsigned short int user;
	wchar_t pad;
};

typedef int printf_function(FILE *, const struct printf_info *, const void *const *);
typedef int printf_arginfo_size_function(const struct printf_info *, size_t, int *, int *);
typedef int printf_arginfo_function(const struct printf_info *, size_t, int *);
typedef void printf_va_arg_function(void *, va_list *);

/* The base type of an argument... */
enum {
	PA_INT,		/* int */
	PA_CHAR,	/* int, printed as a char */
	PA_WCHAR,	/* wint_t */
	PA_STRING,	/* const char * */
	PA_WSTRING,	/* const wchar_t * */
	PA_POINTER,	/* void * */
	PA_FLOAT,	/* float (never reported: floats are promoted) */
	PA_DOUBLE,	/* double */
	PA_LAST
};

/* ...and the flags that modify it. */
#define PA_FLAG_MASK		0xff00
#define PA_FLAG_LONG_LONG	(1 << 8)
#define PA_FLAG_LONG_DOUBLE	PA_FLAG_LONG_LONG
#define PA_FLAG_LONG		(1 << 9)
#define PA_FLAG_SHORT		(1 << 10)
#define PA_FLAG_PTR		(1 << 11)

/* The number of arguments fmt consumes; the types of the first n of them
 * go to argtypes. */
size_t parse_printf_format(const char *, size_t, int *);

#ifdef __cplusplus
}
#endif

#endif
#endif
