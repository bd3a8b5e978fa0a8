/* Internal to the runtime-printf module: glibc's printf formats on musl. */
#ifndef LWB_RUNTIME_PRINTF_FORMAT_H
#define LWB_RUNTIME_PRINTF_FORMAT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "../lwb.h"

/* One conversion specification, as glibc reads it. */
struct lwb_spec {
	const char *start;	/* the '%' */
	const char *end;	/* just after the conversion character */
	int pos;		/* n of "%n$", 0 without */
	int flags;		/* LWB_FLAG_* */
	int width;		/* -1: none; else the number */
	int width_star;		/* '*': 1 + (n of "*n$", 0 without) */
	int prec;		/* -1: none; else the number */
	int prec_star;
	char len[3];		/* the length modifier as written */
	char conv;
};

#define LWB_FLAG_MINUS 1
#define LWB_FLAG_PLUS 2
#define LWB_FLAG_SPACE 4
#define LWB_FLAG_ALT 8
#define LWB_FLAG_ZERO 16
#define LWB_FLAG_GROUP 32
#define LWB_FLAG_I 64	/* glibc's locale digits; musl rejects it */

/* The argument a conversion takes, after glibc's reading of its modifier. */
enum {
	LWB_ARG_NONE, LWB_ARG_INT, LWB_ARG_LONG, LWB_ARG_LLONG, LWB_ARG_INTMAX,
	LWB_ARG_SIZE, LWB_ARG_PTRDIFF, LWB_ARG_DOUBLE, LWB_ARG_LDOUBLE,
	LWB_ARG_PTR,
	LWB_ARG_ERRNO,	/* no argument: %m's text, passed as a string */
};

union lwb_arg {
	int i;
	long l;
	long long ll;
	double d;
	long double ld;
	void *p;
};

/* __lwb_printf_scan's answer, bits */
#define LWB_PF_REWRITE 1	/* musl needs a rewritten format */
#define LWB_PF_VALUES 2		/* the output depends on an argument's value */
#define LWB_PF_ERRNO 4		/* %m: strerror's text, formatted here */

LWB_HIDDEN const char *__lwb_printf_spec(const char *, struct lwb_spec *);
LWB_HIDDEN int __lwb_printf_class(const struct lwb_spec *, char *, int *);
LWB_HIDDEN int __lwb_printf_scan(const char *);
LWB_HIDDEN extern const unsigned char __lwb_printf_plain[256];

/* Is the format ordinary, holding nothing glibc reads differently from
 * musl (most formats)? It then goes to musl as it is. Read-only formats
 * once found ordinary are remembered by address (known.c); others are
 * scanned on every call. */
#define LWB_KNOWN_SLOTS 256
#define LWB_KNOWN_SLOT(p) (((uintptr_t)(p) >> 3 ^ (uintptr_t)(p) >> 11) % LWB_KNOWN_SLOTS)
LWB_HIDDEN extern const char *__lwb_printf_known[LWB_KNOWN_SLOTS];
LWB_HIDDEN int __lwb_printf_check(const char *);

static inline int __lwb_printf_ordinary(const char *s)
{
	if (__atomic_load_n(&__lwb_printf_known[LWB_KNOWN_SLOT(s)], __ATOMIC_RELAXED) == s)
		return 1;
	return __lwb_printf_check(s);
}

/* What to do with a format that has GNU cases. */
struct lwb_plan {
	const char *fmt;	/* the format to give musl with the caller's args */
	char *out;		/* or, when fmt is NULL, the whole output */
	size_t len;
	char *heap;		/* to free */
	char stack[256];
};

LWB_HIDDEN int __lwb_printf_plan(struct lwb_plan *, const char *, va_list);
LWB_HIDDEN void __lwb_printf_done(struct lwb_plan *);

/* The family for formats that are not ordinary. */
LWB_HIDDEN int __lwb_vfprintf(FILE *, const char *, va_list);
LWB_HIDDEN int __lwb_vsnprintf(char *, size_t, const char *, va_list);
LWB_HIDDEN int __lwb_vdprintf(int, const char *, va_list);
LWB_HIDDEN int __lwb_vasprintf(char **, const char *, va_list);
/* glibc's EBADF for a stream not open for writing, after a failure */
LWB_HIDDEN int __lwb_printf_write_failed(FILE *);

int __real_vfprintf(FILE *, const char *, va_list);
int __real_vsnprintf(char *, size_t, const char *, va_list);
int __real_vdprintf(int, const char *, va_list);
int __real_vasprintf(char **, const char *, va_list);
int __real_snprintf(char *, size_t, const char *, ...);

#endif
