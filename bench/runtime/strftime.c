/* strftime on ordinary formats (no GNU flag or conversion), timed. Built
 * three times from this source: glibc, musl's own strftime, and musl with
 * libwildebeest-runtime, whose wrapper hands these formats to musl.
 * An argument sets the number of rounds (default 200000, 1M calls). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static const char *const formats[] = {
	"%Y-%m-%d %H:%M:%S",
	"%a, %d %b %Y %H:%M:%S %z",
	"%c",
	"%FT%T%z",
	"[%d/%b/%Y:%H:%M:%S %z]",
};

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	struct tm tm = { .tm_year = 123, .tm_mon = 10, .tm_mday = 4, .tm_hour = 9,
		.tm_min = 5, .tm_sec = 7, .tm_wday = 6, .tm_yday = 307 };
	char buf[128];
	long bytes = 0;
	int i, f, rounds = argc > 1 ? atoi(argv[1]) : 200000;

	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (i = 0; i < rounds; i++) {
		for (f = 0; f < 5; f++) {
			tm.tm_sec = i % 60;
			bytes += strftime(buf, sizeof buf, formats[f], &tm);
		}
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	/* items, wall-clock ns, CPU ns (user + system) */
	printf("%ld %lld %lld\n", bytes,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
