/* fnmatch on long strings, repeated, timed. Built three times from this
 * source: glibc, musl's own fnmatch, and musl with libwildebeest-fnmatch.
 * Workload "plain": wildcards and brackets against a 4000-character path,
 * a 10000-character line and a 2000-character name; the count is the
 * matches, the same for all three. Workload "ext": FNM_EXTMATCH against
 * 1000 characters (glibc's matcher overflows its stack not much further);
 * musl's own has no FNM_EXTMATCH and answers otherwise, so the count
 * there is the calls made. */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef FNM_EXTMATCH
#define FNM_EXTMATCH (1 << 5)
#endif

struct job {
	const char *pattern;
	int flags;
	int string;
};

static char strings[3][10001];

static void make_strings(void)
{
	char *p = strings[0];

	/* A deep path: 400 components of "dirNNNNN/", then a file. */
	for (int i = 0; i < 400; i++)
		p += sprintf(p, "d%07d/", i);
	strcpy(p, "file.txt");
	/* A long line of text. */
	for (int i = 0; i < 10000; i++)
		strings[1][i] = "abcdefgh ijklmnop"[i % 17];
	strings[1][10000] = 0;
	/* A long name made of two letters, for the ext groups. */
	for (int i = 0; i < 1000; i++)
		strings[2][i] = "ab"[(i * 7 / 3) % 2];
	strcpy(strings[2] + 1000, ".c");
}

static const struct job plain[] = {
	{ "*.txt", 0, 0 },
	{ "*/file.txt", FNM_PATHNAME, 0 },
	{ "d*/*/*/*", FNM_PATHNAME | FNM_LEADING_DIR, 0 },
	{ "*d0000399/f*.[ct]?t", 0, 0 },
	{ "*[0-9][0-9][0-9]/*.c", FNM_PATHNAME, 0 },
	{ "*a*b*c*d*e*f*g*h*z", 0, 1 },
	{ "*ijkl*mnop*abcd*", 0, 1 },
	{ "*[!a-p ]*", 0, 1 },
	{ "*?*?*?*x", FNM_CASEFOLD, 1 },
};

static const struct job ext[] = {
	{ "+(a|b).c", FNM_EXTMATCH, 2 },
	{ "!(*.o)", FNM_EXTMATCH, 2 },
	{ "*(ab|ba|a|b)@(.c|.h)", FNM_EXTMATCH, 2 },
	{ "+(a|b)x", FNM_EXTMATCH, 2 },
};

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	const struct job *jobs;
	size_t njobs, count = 0;
	int extmatch, rounds;

	if (argc != 2) {
		fprintf(stderr, "usage: %s plain|ext\n", argv[0]);
		return 2;
	}
	extmatch = !strcmp(argv[1], "ext");
	jobs = extmatch ? ext : plain;
	njobs = extmatch ? sizeof ext / sizeof *ext : sizeof plain / sizeof *plain;
	rounds = extmatch ? 50 : 200;
	make_strings();
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (int r = 0; r < rounds; r++) {
		for (size_t j = 0; j < njobs; j++) {
			int m = fnmatch(jobs[j].pattern, strings[jobs[j].string], jobs[j].flags);

			count += extmatch ? 1 : m == 0;
		}
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("%zu %lld %lld\n", count,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
