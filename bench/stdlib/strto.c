/* The string-to-number wrappers' cost: strtol or strtod (first argument)
 * of a short decimal number, COUNT times. Built three times: glibc,
 * musl's own, and musl with libwildebeest-stdlib's wrappers, which only
 * add errno and endptr bookkeeping around musl's conversion. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	/* Varied so that no compiler can hoist the conversion. */
	static const char *const text[] = { "12345", "-678", " 42", "99999", "0", "7" };
	static const char *const ftext[] = { "1.5", "-2.25e3", " 0.001", "42", "3.14159", "1e10" };
	long n, calls = 0, sum = 0;
	double fsum = 0;
	int use_strtod;
	char *end;

	if (argc != 3) {
		fprintf(stderr, "usage: %s strtol|strtod COUNT\n", argv[0]);
		return 2;
	}
	use_strtod = !strcmp(argv[1], "strtod");
	n = atol(argv[2]);
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (long i = 0; i < n; i++, calls++) {
		if (use_strtod)
			fsum += strtod(ftext[i % 6], &end);
		else
			sum += strtol(text[i % 6], &end, 10);
		if (*end)
			return 1;
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	/* Both sums are positive: using them keeps the conversions. */
	if (sum < 0 || fsum < 0)
		return 1;
	printf("%ld %lld %lld\n", calls,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
