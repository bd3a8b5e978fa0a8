/*
 * Differential fuzzing of the stdlib module's own code against glibc, in
 * the sanitizer configuration (where __real_X is glibc's X):
 *   - atoi, atol and atoll, which parse decimal numbers themselves, on the
 *     input as a string: the value and errno must be glibc's;
 *   - qsort and qsort_r, a merge sort: on the input as an array of
 *     (key, position) records, sorted by key only, the order must be
 *     glibc's (which is stable), for record sizes of 1, 4, 8 and 24 bytes.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int __real_atoi(const char *);
long __real_atol(const char *);
long long __real_atoll(const char *);
void __real_qsort(void *, size_t, size_t, int (*)(const void *, const void *));

static size_t record_size;

/* The key is the first byte, reduced so that there are many ties. */
static int by_key(const void *a, const void *b)
{
	return *(const uint8_t *)a % 16 - *(const uint8_t *)b % 16;
}

static int by_key_r(const void *a, const void *b, void *unused)
{
	(void)unused;
	return by_key(a, b);
}

/* Called through pointers: clang (LLVM) takes atoi, atol and atoll to
 * write no memory and would read errno from before the call. */
static int (*volatile call_atoi)(const char *) = atoi;
static long (*volatile call_atol)(const char *) = atol;
static long long (*volatile call_atoll)(const char *) = atoll;

static void check_numbers(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	int e1, e2;

	memcpy(s, data, size);
	s[size] = 0;
	errno = 0;
	long long ours = call_atoll(s);
	e1 = errno;
	errno = 0;
	long long theirs = __real_atoll(s);
	e2 = errno;
	if (ours != theirs || e1 != e2) {
		fprintf(stderr, "atoll(\"%s\"): ours %lld errno %d, glibc %lld errno %d\n", s, ours, e1, theirs, e2);
		abort();
	}
	errno = 0;
	long l1 = call_atol(s);
	e1 = errno;
	errno = 0;
	long l2 = __real_atol(s);
	e2 = errno;
	if (l1 != l2 || e1 != e2)
		abort();
	errno = 0;
	int i1 = call_atoi(s);
	e1 = errno;
	errno = 0;
	int i2 = __real_atoi(s);
	e2 = errno;
	if (i1 != i2 || e1 != e2)
		abort();
	free(s);
}

static void check_sort(const uint8_t *data, size_t size)
{
	static const size_t sizes[] = { 1, 4, 8, 24 };

	record_size = sizes[data[0] % 4];
	size_t n = size - 1;
	uint8_t *ours = calloc(n, record_size), *theirs = calloc(n, record_size);

	for (size_t i = 0; i < n; i++) {
		ours[i * record_size] = data[1 + i];
		if (record_size >= 4)
			memcpy(ours + i * record_size + 1, &(uint16_t){ (uint16_t)i }, 2);
	}
	memcpy(theirs, ours, n * record_size);
	if (data[0] & 4)
		qsort_r(ours, n, record_size, by_key_r, 0);
	else
		qsort(ours, n, record_size, by_key);
	__real_qsort(theirs, n, record_size, by_key);
	if (memcmp(ours, theirs, n * record_size)) {
		fprintf(stderr, "qsort of %zu records of %zu bytes differs from glibc's\n", n, record_size);
		abort();
	}
	free(ours);
	free(theirs);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2 || size > 4096)
		return 0;
	check_numbers(data, size < 64 ? size : 64);
	check_sort(data, size);
	return 0;
}
