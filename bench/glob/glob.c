/* glob over a directory of 10000 names, repeated, timed. Built three
 * times from this source: glibc, musl's own glob, and musl with
 * libwildebeest-glob. musl's own has no GLOB_BRACE: there the
 * alternatives are globbed one by one with GLOB_APPEND, the work glibc's
 * brace expansion does. */
#define _GNU_SOURCE
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const alternatives[] = { "alpha*.c", "beta*[0-4].h", "*.md", "gamma1*" };

static int run(const char *dir, int braces, size_t *found)
{
	char pattern[512];
	glob_t g;

	if (!braces) {
		snprintf(pattern, sizeof pattern, "%s/*[13579].txt", dir);
		if (glob(pattern, 0, 0, &g))
			return -1;
		*found += g.gl_pathc;
		globfree(&g);
		return 0;
	}
#ifdef GLOB_BRACE
	snprintf(pattern, sizeof pattern, "%s/{%s,%s,%s,%s}", dir,
		alternatives[0], alternatives[1], alternatives[2], alternatives[3]);
	if (glob(pattern, GLOB_BRACE, 0, &g))
		return -1;
#else
	for (int i = 0; i < 4; i++) {
		snprintf(pattern, sizeof pattern, "%s/%s", dir, alternatives[i]);
		if (glob(pattern, i ? GLOB_APPEND : 0, 0, &g) > (i ? GLOB_NOMATCH : 0))
			return -1;
	}
#endif
	*found += g.gl_pathc;
	globfree(&g);
	return 0;
}

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	size_t found = 0;
	int braces;

	if (argc != 3) {
		fprintf(stderr, "usage: %s DIR BRACES\n", argv[0]);
		return 2;
	}
	braces = atoi(argv[2]);
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (int i = 0; i < 20; i++) {
		if (run(argv[1], braces, &found)) {
			fprintf(stderr, "glob failed\n");
			return 1;
		}
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	/* items, wall-clock ns, CPU ns (user + system) */
	printf("%zu %lld %lld\n", found,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
