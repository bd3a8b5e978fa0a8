/* Process startup: this program runs itself 1000 times with --child (which
 * returns at once) and reports the total. The libwildebeest build carries
 * the runtime module's constructor (the default thread stack), which every
 * consumer of the module runs whether or not it uses threads. */
#define _GNU_SOURCE
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

int main(int argc, char **argv)
{
	struct timespec a, b, ca, cb;
	char *child[] = { argv[0], "--child", 0 };
	long runs = 0;
	int i, status;
	pid_t pid;

	if (argc == 2 && strcmp(argv[1], "--child") == 0)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ca);
	for (i = 0; i < 1000; i++) {
		if (posix_spawn(&pid, "/proc/self/exe", 0, 0, child, environ) != 0)
			return 1;
		if (waitpid(pid, &status, 0) != pid || status != 0)
			return 1;
		runs++;
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("%ld %lld %lld\n", runs,
		(long long)(b.tv_sec - a.tv_sec) * 1000000000 + (b.tv_nsec - a.tv_nsec),
		(long long)(cb.tv_sec - ca.tv_sec) * 1000000000 + (cb.tv_nsec - ca.tv_nsec));
	return 0;
}
