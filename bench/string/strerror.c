#define _POSIX_C_SOURCE 200809L
/* strerror over every errno value and some unknown ones, many times.
 * Built three times: glibc, musl's own strerror (musl's texts), and musl
 * with libwildebeest-string (glibc's texts). The work counted is the
 * number of calls; the texts' length only keeps the calls from being
 * optimised away. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	long rounds = argc > 1 ? atol(argv[1]) : 20000;
	long calls = 0;
	volatile size_t sink = 0;

	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (long r = 0; r < rounds; r++)
		for (int e = 0; e < 140; e++, calls++)
			sink += strlen(strerror(e));
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	(void)sink;
	printf("%ld %lld %lld\n", calls,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
