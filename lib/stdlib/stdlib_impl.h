/* glibc's errno and endptr rules for the string-to-number functions.
 * Internal to the stdlib module. */
#ifndef LWB_STDLIB_IMPL_H
#define LWB_STDLIB_IMPL_H

#include <inttypes.h>
#include <stddef.h>
#include <wchar.h>
#include "../lwb.h"

/* glibc rejects these bases with EINVAL without touching *endptr; musl
 * points it at the string. */
#define LWB_BAD_BASE(base) ((base) < 0 || (base) == 1 || (base) > 36)

/* After a conversion that consumed [s, end) and gave an infinity: ERANGE
 * unless the text was "inf" or "infinity" (musl misses an overflow that
 * only rounding causes). */
LWB_HIDDEN void __lwb_check_overflow(const char *s, const char *end);
LWB_HIDDEN void __lwb_check_woverflow(const wchar_t *s, const wchar_t *end);

/* Whether the text's first character after white space is '-' (a NaN
 * read from "-nan" is negative on glibc, positive on musl). */
LWB_HIDDEN int __lwb_negative_text(const char *s);
LWB_HIDDEN int __lwb_negative_wtext(const wchar_t *s);

/* strtoll(s, NULL, 10) without musl's strtoll underneath: saturating, with
 * ERANGE, as glibc's atoi, atol and atoll are. */
LWB_HIDDEN long long __lwb_atoll(const char *s);

/* A stable merge sort, as glibc's qsort; -1 when its buffer cannot be
 * allocated (nothing has been moved then). */
LWB_HIDDEN int __lwb_merge_sort(void *base, size_t n, size_t size,
	int (*cmp)(const void *, const void *, void *), void *arg);

long __real_strtol(const char *, char **, int);
long long __real_strtoll(const char *, char **, int);
unsigned long __real_strtoul(const char *, char **, int);
unsigned long long __real_strtoull(const char *, char **, int);
intmax_t __real_strtoimax(const char *, char **, int);
uintmax_t __real_strtoumax(const char *, char **, int);
long __real_wcstol(const wchar_t *, wchar_t **, int);
long long __real_wcstoll(const wchar_t *, wchar_t **, int);
unsigned long __real_wcstoul(const wchar_t *, wchar_t **, int);
unsigned long long __real_wcstoull(const wchar_t *, wchar_t **, int);
intmax_t __real_wcstoimax(const wchar_t *, wchar_t **, int);
uintmax_t __real_wcstoumax(const wchar_t *, wchar_t **, int);
float __real_strtof(const char *, char **);
double __real_strtod(const char *, char **);
long double __real_strtold(const char *, char **);
float __real_wcstof(const wchar_t *, wchar_t **);
double __real_wcstod(const wchar_t *, wchar_t **);
long double __real_wcstold(const wchar_t *, wchar_t **);

long __wrap_strtol(const char *, char **, int);
long long __wrap_strtoll(const char *, char **, int);
unsigned long __wrap_strtoul(const char *, char **, int);
unsigned long long __wrap_strtoull(const char *, char **, int);
intmax_t __wrap_strtoimax(const char *, char **, int);
uintmax_t __wrap_strtoumax(const char *, char **, int);
long __wrap_wcstol(const wchar_t *, wchar_t **, int);
long long __wrap_wcstoll(const wchar_t *, wchar_t **, int);
unsigned long __wrap_wcstoul(const wchar_t *, wchar_t **, int);
unsigned long long __wrap_wcstoull(const wchar_t *, wchar_t **, int);
intmax_t __wrap_wcstoimax(const wchar_t *, wchar_t **, int);
uintmax_t __wrap_wcstoumax(const wchar_t *, wchar_t **, int);
float __wrap_strtof(const char *, char **);
double __wrap_strtod(const char *, char **);
long double __wrap_strtold(const char *, char **);
float __wrap_wcstof(const wchar_t *, wchar_t **);
double __wrap_wcstod(const wchar_t *, wchar_t **);
long double __wrap_wcstold(const wchar_t *, wchar_t **);
double __wrap_atof(const char *);
int __wrap_atoi(const char *);
long __wrap_atol(const char *);
long long __wrap_atoll(const char *);
void __wrap_qsort(void *, size_t, size_t, int (*)(const void *, const void *));
void __wrap_qsort_r(void *, size_t, size_t, int (*)(const void *, const void *, void *), void *);

#endif
