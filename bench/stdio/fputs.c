/* A tight loop of short writes to a fully buffered stream on /dev/null:
 * fputs (argument "fputs") or putc ("putc"). Built three times: glibc,
 * musl's own functions, and musl with libwildebeest-stdio's wrappers, whose
 * cost over musl's is the point. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	static char buf[1 << 16];
	long n, calls = 0;
	int use_putc;
	FILE *f;

	if (argc != 3) {
		fprintf(stderr, "usage: %s fputs|putc COUNT\n", argv[0]);
		return 2;
	}
	use_putc = !strcmp(argv[1], "putc");
	n = atol(argv[2]);
	f = fopen("/dev/null", "w");
	if (!f || setvbuf(f, buf, _IOFBF, sizeof buf))
		return 1;
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (long i = 0; i < n; i++, calls++) {
		if (use_putc ? putc('x', f) == EOF : fputs("hello, world\n", f) == EOF)
			return 1;
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	fclose(f);
	printf("%ld %lld %lld\n", calls,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
