/* canonicalize_file_name over a few typical paths (links, "..", ".", a
 * missing name), timed. Built three times from this source: glibc's
 * canonicalize_file_name, musl's own realpath(path, NULL) (musl has no
 * canonicalize_file_name), and libwildebeest-gnu-decls'. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#if defined __GLIBC__ || defined __LWB_GNU_DECLS_STDLIB_H
#define resolve canonicalize_file_name
#else
static char *resolve(const char *path)
{
	return realpath(path, NULL);
}
#endif

int main(int argc, char **argv)
{
	char dir[] = "/tmp/lwb-bench-cfn.XXXXXX", abs[128], cmd[160];
	const char *paths[8] = {"d/f", "d/lf", "d/sub/../f", "./d/./sub", "d/lsub/..",
		abs, "nope", "d/sub/up"};
	struct timespec a, b, ca, cb;
	long n, done = 0;
	int fd;

	if (argc != 2 || (n = atol(argv[1])) <= 0) {
		fprintf(stderr, "usage: %s ROUNDS\n", argv[0]);
		return 2;
	}
	if (!mkdtemp(dir) || chdir(dir) || mkdir("d", 0755) || mkdir("d/sub", 0755)
	    || (fd = open("d/f", O_WRONLY | O_CREAT | O_CLOEXEC, 0644)) < 0
	    || close(fd) || symlink("f", "d/lf") || symlink("sub", "d/lsub")
	    || symlink("../f", "d/sub/up")) {
		perror("fixture");
		return 1;
	}
	snprintf(abs, sizeof abs, "%s/d/sub/../lf", dir);
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (long i = 0; i < n; i++)
		for (int k = 0; k < 8; k++) {
			char *r = resolve(paths[k]);
			done += r != NULL;
			free(r);
		}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	if (chdir("/") || system(cmd))
		return 1;
	/* resolutions that succeeded, wall-clock ns, CPU ns (user + system) */
	printf("%ld %lld %lld\n", done,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
