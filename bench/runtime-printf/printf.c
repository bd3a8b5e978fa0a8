/* The printf family on ordinary formats (nothing glibc reads differently
 * from musl), timed. Built three times from this source: glibc, musl's own
 * printf, and musl with libwildebeest-runtime-printf, whose wrappers scan
 * each format once and hand it to musl. */
#define _POSIX_C_SOURCE 200809L	/* clock_gettime, strdup */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	long n, total = 0;
	char buf[256];
	const char *what;
	FILE *f;

	if (argc != 3) {
		fprintf(stderr, "usage: %s snprintf-int|snprintf-line|snprintf-line-heap|fprintf-line N\n", argv[0]);
		return 2;
	}
	what = argv[1];
	n = atol(argv[2]);
	f = fopen("/dev/null", "w");
	if (!f)
		return 1;
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	if (!strcmp(what, "snprintf-int")) {
		for (long i = 0; i < n; i++)
			total += snprintf(buf, sizeof buf, "%d", (int)i);
	} else if (!strcmp(what, "snprintf-line")) {
		for (long i = 0; i < n; i++)
			total += snprintf(buf, sizeof buf, "%s:%d: %s: %lu bytes at %#lx (%.1f%%)\n",
				"src/main.c", (int)(i & 1023), "read", (unsigned long)i, (unsigned long)i * 64, (i & 255) / 2.56);
	} else if (!strcmp(what, "snprintf-line-heap")) {
		/* the same format from writable memory: scanned on every call */
		char *fmt = strdup("%s:%d: %s: %lu bytes at %#lx (%.1f%%)\n");

		if (!fmt)
			return 1;
		for (long i = 0; i < n; i++)
			total += snprintf(buf, sizeof buf, fmt,
				"src/main.c", (int)(i & 1023), "read", (unsigned long)i, (unsigned long)i * 64, (i & 255) / 2.56);
		free(fmt);
	} else if (!strcmp(what, "fprintf-line")) {
		for (long i = 0; i < n; i++)
			total += fprintf(f, "%s:%d: %s: %lu bytes at %#lx (%.1f%%)\n",
				"src/main.c", (int)(i & 1023), "read", (unsigned long)i, (unsigned long)i * 64, (i & 255) / 2.56);
	} else {
		return 2;
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	fclose(f);
	/* bytes formatted, wall-clock ns, CPU ns */
	printf("%ld %lld %lld\n", total,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
