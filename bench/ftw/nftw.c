/* One nftw walk over a tree, timed. Built three times from this source:
 * glibc, musl's own nftw, and musl with libwildebeest-ftw. */
#define _GNU_SOURCE
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long entries;

static int count(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)path;
	(void)st;
	(void)type;
	(void)f;
	entries++;
	return 0;
}

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	int flags;

	if (argc != 3) {
		fprintf(stderr, "usage: %s TREE FLAGS\n", argv[0]);
		return 2;
	}
	flags = atoi(argv[2]);
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	if (nftw(argv[1], count, 64, flags) != 0) {
		perror("nftw");
		return 1;
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	/* items, wall-clock ns, CPU ns (user + system) */
	printf("%ld %lld %lld\n", entries,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
