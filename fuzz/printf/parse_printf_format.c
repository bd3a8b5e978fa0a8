/*
 * Differential fuzzing of parse_printf_format against glibc's.
 *
 * Built in the sanitizer configuration (the build machine's glibc, clang,
 * libFuzzer), with the module's sources compiled in: the program's own
 * definition of parse_printf_format is libwildebeest's, and it is what every
 * call from inside the program reaches, glibc's included. glibc's is the
 * next definition after the program's, dlsym(RTLD_NEXT, ...). The module
 * wraps nothing, so there is no __real_ to call.
 *
 * Each input is a format (up to its first NUL) and, from its first byte, the
 * size of the type array. The count and every element written must agree;
 * the arrays are exactly n long, so ASan catches a write past them, and
 * elements not written must stay as they were.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <printf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef size_t parse_fn(const char *, size_t, int *);

static parse_fn *glibc_parse;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n, ours, theirs;
	int *a, *b;
	char *fmt;

	if (!glibc_parse) {
		glibc_parse = (parse_fn *)dlsym(RTLD_NEXT, "parse_printf_format");
		/* Comparing ours with ours would find nothing. */
		if (!glibc_parse || glibc_parse == parse_printf_format)
			abort();
	}
	if (size < 1)
		return 0;
	n = data[0] % 40;
	fmt = malloc(size);
	memcpy(fmt, data + 1, size - 1);
	fmt[size - 1] = 0;
	a = malloc(n * sizeof *a + 1);
	b = malloc(n * sizeof *b + 1);
	for (size_t i = 0; i < n; i++)
		a[i] = b[i] = -99;
	ours = parse_printf_format(fmt, n, a);
	theirs = glibc_parse(fmt, n, b);
	if (ours != theirs || memcmp(a, b, n * sizeof *a)) {
		fprintf(stderr, "format \"%s\", n %zu: ours %zu, glibc %zu\n", fmt, n, ours, theirs);
		for (size_t i = 0; i < n; i++)
			fprintf(stderr, "  %zu: %#x %#x\n", i, (unsigned)a[i], (unsigned)b[i]);
		abort();
	}
	free(fmt);
	free(a);
	free(b);
	return 0;
}
