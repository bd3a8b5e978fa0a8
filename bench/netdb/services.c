/* /etc/services with 20000 entries, timed: enumerated with getservent
 * (REPEAT walks, setservent to endservent), or looked up REPEAT times with
 * getservbyname (the last entry's name, "tcp": a walk of the whole file
 * each time). Built for glibc, musl's own (lookups only: its getservent is
 * a stub) and musl with libwildebeest. The file is made first, untimed, in
 * a private mount namespace with a tmpfs over /etc holding it and an
 * nsswitch.conf naming only `files` (needs root). */
#define _GNU_SOURCE
#include <netdb.h>
#include <netinet/in.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <time.h>

#define ENTRIES 20000

/* Lines as Debian's file has them: tabs, tcp and udp, some aliases, some
 * comments. Entry i is "svc<i>", port 1 + i % 65535. */
static int make_etc(void)
{
	FILE *f;

	if (unshare(CLONE_NEWNS) || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)
	    || mount("tmpfs", "/etc", "tmpfs", 0, "size=64m,mode=755")) {
		perror("services bench: a private /etc needs root");
		return -1;
	}
	if (!(f = fopen("/etc/nsswitch.conf", "w")))
		return -1;
	fputs("services:\tfiles\n", f);
	if (fclose(f) || !(f = fopen("/etc/services", "w")))
		return -1;
	fputs("# Network services, Internet style\n\n", f);
	for (int i = 0; i < ENTRIES; i++) {
		fprintf(f, "svc%d\t\t%d/%s", i, 1 + i % 65535, i % 2 ? "udp" : "tcp");
		if (i % 3 == 0)
			fprintf(f, "\t\tsvc%d-alias www-%d", i, i);
		if (i % 5 == 0)
			fputs("\t# a service of the benchmark", f);
		fputc('\n', f);
		if (i % 100 == 0)
			fputs("# a comment line\n", f);
	}
	return fclose(f) ? -1 : 0;
}

static long long ns(const struct timespec *a, const struct timespec *b)
{
	return (long long)(b->tv_sec - a->tv_sec) * 1000000000 + (b->tv_nsec - a->tv_nsec);
}

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	long items = 0, repeat;
	char last[32];

	if (argc != 3 || (strcmp(argv[1], "enumerate") && strcmp(argv[1], "lookup"))) {
		fprintf(stderr, "usage: %s enumerate|lookup REPEAT\n", argv[0]);
		return 2;
	}
	repeat = atol(argv[2]);
	if (make_etc())
		return 1;
	snprintf(last, sizeof last, "svc%d", ENTRIES - 2);	/* the last tcp one */
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (long r = 0; r < repeat; r++) {
		if (argv[1][0] == 'e') {
			struct servent *s;

			setservent(0);
			while ((s = getservent()))
				items += s->s_aliases[0] != NULL;
			endservent();
		} else {
			struct servent *s = getservbyname(last, "tcp");

			items += s ? ntohs((unsigned short)s->s_port) : 0;
		}
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	/* the work (entries with aliases seen, or the ports found), wall ns,
	 * CPU ns */
	printf("%ld %lld %lld\n", items, ns(&a, &b), ns(&ca, &cb));
	return 0;
}
