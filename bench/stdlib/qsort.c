/* qsort of a million pseudo-random ints (many equal), timed. Built three
 * times: glibc's merge sort, musl's smoothsort, and libwildebeest's stable
 * merge sort over musl. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	size_t n = argc > 1 ? (size_t)atol(argv[1]) : 1000000;
	unsigned seed = 1;
	int *v = malloc(n * sizeof *v);

	if (!v)
		return 1;
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245 + 12345;
		v[i] = (int)(seed >> 8) % 100000;
	}
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	qsort(v, n, sizeof *v, cmp);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	for (size_t i = 1; i < n; i++)
		if (v[i - 1] > v[i])
			return 1;
	printf("%zu %lld %lld\n", n,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	free(v);
	return 0;
}
