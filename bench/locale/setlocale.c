/* newlocale and freelocale, or setlocale, in a tight loop, for one name
 * (argument 2): "C", "C.UTF-8", or a name of no installed locale, which
 * glibc and libwildebeest refuse and musl takes. Built three times: glibc,
 * musl's own, and musl with libwildebeest-locale's wrappers, whose cost
 * over musl's is the point. */
#define _POSIX_C_SOURCE 200809L
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	long n, calls = 0;
	int use_setlocale;

	if (argc != 4) {
		fprintf(stderr, "usage: %s newlocale|setlocale NAME COUNT\n", argv[0]);
		return 2;
	}
	use_setlocale = !strcmp(argv[1], "setlocale");
	n = atol(argv[3]);
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (long i = 0; i < n; i++, calls++) {
		if (use_setlocale) {
			setlocale(LC_NUMERIC, argv[2]);
		} else {
			locale_t loc = newlocale(LC_ALL_MASK, argv[2], (locale_t)0);
			if (loc)
				freelocale(loc);
		}
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("%ld %lld %lld\n", calls,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
