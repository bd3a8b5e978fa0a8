/* Enumerating a 100k-entry /etc/gshadow with setsgent/getsgent/endsgent,
 * timed. The file is made first and bound over /etc/gshadow in a private
 * mount namespace (with an nsswitch.conf naming only files, so glibc reads
 * nothing else); needs root. Built three times from this source: glibc,
 * musl with libwildebeest-gshadow, and musl alone, which has no gshadow
 * functions: that build only reads the file's lines with getline, a floor
 * for what any parser costs, not a comparison of like with like. */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <time.h>
#include <unistd.h>

#if __has_include(<gshadow.h>)
#include <gshadow.h>
#define HAVE_GSHADOW 1
#endif

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void write_file(const char *path, long entries)
{
	FILE *f = fopen(path, "w");

	if (!f)
		die(path);
	if (entries < 0)
		fputs("gshadow: files\n", f);
	for (long i = 0; i < entries; i++)
		fprintf(f, "group%ld:!:adm%ld:user%ld,user%ld,user%ld\n", i, i % 97, i, i + 1, i % 1000);
	if (fclose(f))
		die(path);
}

static void bind(const char *from, const char *to)
{
	if (mount(from, to, NULL, MS_BIND, NULL))
		die(to);
}

/* Not inlined, so that callgrind --toggle-collect=enumerate counts it alone. */
__attribute__((noinline)) static long enumerate(void)
{
	long n = 0;
#ifdef HAVE_GSHADOW
	struct sgrp *sg;

	setsgent();
	while ((sg = getsgent()))
		for (char **m = sg->sg_mem; *m; m++)
			n++;
	endsgent();
#else
	char *line = NULL;
	size_t cap = 0;
	FILE *f = fopen("/etc/gshadow", "r");

	if (!f)
		die("/etc/gshadow");
	while (getline(&line, &cap, f) > 0)
		n += 3;
	free(line);
	fclose(f);
#endif
	return n;
}

int main(int argc, char **argv)
{
	char data[] = "/tmp/lwb-bench-gshadow.XXXXXX", nss[] = "/tmp/lwb-bench-nss.XXXXXX";
	struct timespec a, b, ca, cb;
	long entries = argc > 1 ? atol(argv[1]) : 100000, n;
	int fd;

	if ((fd = mkstemp(data)) < 0 || close(fd) || (fd = mkstemp(nss)) < 0 || close(fd))
		die("mkstemp");
	write_file(data, entries);
	write_file(nss, -1);
	if (unshare(CLONE_NEWNS) || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL))
		die("private mount namespace");
	bind(data, "/etc/gshadow");
	bind(nss, "/etc/nsswitch.conf");
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	n = enumerate();
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	unlink(data);
	unlink(nss);
	printf("%ld %lld %lld\n", n,
		(b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec),
		(cb.tv_sec - ca.tv_sec) * 1000000000LL + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
