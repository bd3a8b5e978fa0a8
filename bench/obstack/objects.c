/* Ten million small objects on an obstack, timed. Built for glibc and for
 * musl with libwildebeest-obstack from this one source (musl has no
 * obstack of its own).
 *
 *   objects alloc   obstack_alloc of 8 to 39 bytes, each written
 *   objects grow    strings built with obstack_grow, obstack_1grow and
 *                   obstack_finish
 *
 * Every million objects the obstack is freed back to its first object, so
 * the run reuses chunks as programs do. */
#define _GNU_SOURCE
#include <obstack.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define obstack_chunk_alloc malloc
#define obstack_chunk_free free

#define OBJECTS 10000000L

static const char words[] = "obstacks grow objects in chunks and free them all at once";

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	struct obstack ob;
	unsigned long sum = 0;
	char *mark;
	int grow;

	if (argc != 2 || (strcmp(argv[1], "alloc") && strcmp(argv[1], "grow"))) {
		fprintf(stderr, "usage: %s alloc|grow\n", argv[0]);
		return 2;
	}
	grow = !strcmp(argv[1], "grow");
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	obstack_init(&ob);
	mark = obstack_finish(&ob);
	for (long i = 0; i < OBJECTS; i++) {
		size_t n = 8 + (size_t)(i * 7 % 32);
		char *p;

		if (grow) {
			obstack_grow(&ob, words + i % 16, n);
			obstack_1grow(&ob, (char)i);
			obstack_1grow(&ob, 0);
			p = obstack_finish(&ob);
		} else {
			p = obstack_alloc(&ob, n);
			memset(p, (int)i, n);
		}
		sum += (unsigned char)p[n - 1];
		if (i % 1000000 == 999999)
			obstack_free(&ob, mark);
	}
	obstack_free(&ob, NULL);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	if (sum == 0)
		return 1;	/* keeps the writes */
	/* objects, wall-clock ns, CPU ns (user + system) */
	printf("%ld %lld %lld\n", OBJECTS,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
