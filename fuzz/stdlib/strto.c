/*
 * Differential fuzzing of the string-to-number wrappers against glibc, in
 * the sanitizer configuration (where __real_X is glibc's X). The wrappers
 * only adjust errno, endptr and a NaN's sign after musl's conversion; over
 * glibc's, which already behaves so, they must change nothing. The first
 * byte picks the base (including invalid ones); the rest is the text,
 * converted by every integer and floating form, narrow and wide.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

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
double __real_atof(const char *);

static const char *text;

static void differs(const char *fn, int base)
{
	fprintf(stderr, "%s(\"%s\", base %d) differs from glibc's\n", fn, text, base);
	abort();
}

/* One integer form: value, endptr and errno. For a bad base glibc leaves
 * endptr alone, but ASan's interceptor of the strto* functions (which the
 * __real_ call goes through here) then stores its own uninitialised
 * pointer there: the wrapper's endptr is checked to stay put instead.
 * endptr starts one past the text, where no conversion puts it. */
#define CHECK_INT(fn, type, s, base) do { \
	__typeof__(*(s)) *e1 = (s) + size, *e2 = (s) + size; \
	errno = 33; \
	type v1 = fn((s), &e1, (base)); \
	int x1 = errno; \
	errno = 33; \
	type v2 = __real_##fn((s), &e2, (base)); \
	int x2 = errno; \
	if (bad_base ? e1 != (s) + size : e1 != e2) \
		differs(#fn, (base)); \
	if (v1 != v2 || x1 != x2) \
		differs(#fn, (base)); \
} while (0)

/* One floating form: the bits of the value (a NaN's sign included),
 * endptr and errno. */
#define CHECK_FLOAT(fn, type, size, s) do { \
	__typeof__(*(s)) *e1, *e2; \
	errno = 33; \
	type v1 = fn((s), &e1); \
	int x1 = errno; \
	errno = 33; \
	type v2 = __real_##fn((s), &e2); \
	int x2 = errno; \
	if (memcmp(&v1, &v2, (size)) || e1 != e2 || x1 != x2) \
		differs(#fn, 0); \
} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int bases[] = { 0, 2, 8, 10, 16, 36, 1, -1, 37, 3, 7, 35 };
	char *s;
	wchar_t *w;
	int base, bad_base;

	if (size < 1 || size > 256)
		return 0;
	base = bases[data[0] % 12];
	bad_base = base < 0 || base == 1 || base > 36;
	s = malloc(size);
	w = malloc(size * sizeof *w);
	memcpy(s, data + 1, size - 1);
	s[size - 1] = 0;
	/* Bytes as wide characters: the C locale's mapping. */
	for (size_t i = 0; i < size; i++)
		w[i] = (unsigned char)s[i];
	text = s;

	CHECK_INT(strtol, long, s, base);
	CHECK_INT(strtoll, long long, s, base);
	CHECK_INT(strtoul, unsigned long, s, base);
	CHECK_INT(strtoull, unsigned long long, s, base);
	CHECK_INT(strtoimax, intmax_t, s, base);
	CHECK_INT(strtoumax, uintmax_t, s, base);
	CHECK_INT(wcstol, long, w, base);
	CHECK_INT(wcstoll, long long, w, base);
	CHECK_INT(wcstoul, unsigned long, w, base);
	CHECK_INT(wcstoull, unsigned long long, w, base);
	CHECK_INT(wcstoimax, intmax_t, w, base);
	CHECK_INT(wcstoumax, uintmax_t, w, base);
	CHECK_FLOAT(strtof, float, sizeof(float), s);
	CHECK_FLOAT(strtod, double, sizeof(double), s);
	CHECK_FLOAT(strtold, long double, 10, s);
	CHECK_FLOAT(wcstof, float, sizeof(float), w);
	CHECK_FLOAT(wcstod, double, sizeof(double), w);
	CHECK_FLOAT(wcstold, long double, 10, w);

	errno = 33;
	double a1 = atof(s);
	int x1 = errno;
	errno = 33;
	double a2 = __real_atof(s);
	if (memcmp(&a1, &a2, sizeof a1) || x1 != errno)
		differs("atof", 0);

	free(s);
	free(w);
	return 0;
}
