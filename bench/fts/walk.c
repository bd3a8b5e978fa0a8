/* One fts walk over a tree, timed. Built three times from this source:
 * glibc, musl's own fts (Debian's musl has one), and musl with
 * libwildebeest-fts. */
#define _GNU_SOURCE
#include <sys/types.h>
#include <sys/stat.h>
#include <fts.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	char *roots[2];
	long entries = 0;
	FTSENT *e;
	FTS *fts;

	if (argc != 3) {
		fprintf(stderr, "usage: %s TREE OPTIONS\n", argv[0]);
		return 2;
	}
	roots[0] = argv[1];
	roots[1] = NULL;
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	fts = fts_open(roots, (int)strtol(argv[2], NULL, 0), NULL);
	if (!fts) {
		perror("fts_open");
		return 1;
	}
	while ((e = fts_read(fts)))
		entries++;
	if (fts_close(fts)) {
		perror("fts_close");
		return 1;
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	/* entries, wall-clock ns, CPU ns (user + system) */
	printf("%ld %lld %lld\n", entries,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
