/*
 * Benchmark driver for bench/compare.py, for the tools: run the program
 * named at build time (TOOL, its argv[0] TOOL_NAME) N times with the given
 * arguments, output to /dev/null, and print "N <wall ns> <cpu ns>", the
 * CPU time being the children's (user plus system). Every run must
 * succeed. Built with FIXTURE, it first calls bench_fixture() (the tool's
 * fixture.c), once per run, to set up the files the tool reads.
 *
 *   bench-TOOL-LABEL N ARGS...
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#ifdef FIXTURE
int bench_fixture(void);
#endif

static long long ns(struct timeval tv)
{
	return tv.tv_sec * 1000000000LL + tv.tv_usec * 1000LL;
}

int main(int argc, char **argv)
{
	posix_spawn_file_actions_t fa;
	struct rusage before, after;
	struct timespec t0, t1;
	long n, i;
	int devnull;

	if (argc < 2 || (n = strtol(argv[1], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: %s N ARGS...\n", argv[0]);
		return 2;
	}
#ifdef FIXTURE
	if (bench_fixture())
		return 1;
#endif
	argv[1] = TOOL_NAME;
	devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (devnull < 0 || posix_spawn_file_actions_init(&fa) ||
	    posix_spawn_file_actions_adddup2(&fa, devnull, STDOUT_FILENO)) {
		perror("setup");
		return 1;
	}
	getrusage(RUSAGE_CHILDREN, &before);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < n; i++) {
		pid_t pid;
		int status, err = posix_spawn(&pid, TOOL, &fa, NULL, argv + 1, environ);

		if (err || waitpid(pid, &status, 0) < 0 || status != 0) {
			fprintf(stderr, "%s failed\n", TOOL);
			return 1;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_CHILDREN, &after);
	printf("%ld %lld %lld\n", n,
		(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec),
		ns(after.ru_utime) + ns(after.ru_stime) - ns(before.ru_utime) - ns(before.ru_stime));
	posix_spawn_file_actions_destroy(&fa);
	close(devnull);
	return 0;
}
