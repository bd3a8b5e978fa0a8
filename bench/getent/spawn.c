/*
 * Benchmark driver for bench/compare.py: run the getent named at build
 * time (GETENT) N times with the given arguments, output to /dev/null,
 * over a large fixture /etc, and print "N <wall ns> <cpu ns>", the CPU
 * time being the children's (user plus system). Every run must succeed.
 *
 *   bench-getent-LABEL N ARGS...
 *
 * The fixture, made once per run in a private mount namespace: a passwd
 * of 100000 users, a group file whose group "big" has all of them as
 * members, and an nsswitch.conf naming only "files".
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define USERS 100000

extern char **environ;

static long long ns(struct timeval tv)
{
	return tv.tv_sec * 1000000000LL + tv.tv_usec * 1000LL;
}

static int bind_file(const char *dir, const char *name, void (*fill)(FILE *))
{
	char src[256], dst[256];
	FILE *f;

	snprintf(src, sizeof src, "%s/%s", dir, name);
	snprintf(dst, sizeof dst, "/etc/%s", name);
	if (!(f = fopen(src, "w")))
		return -1;
	fill(f);
	if (fclose(f) || mount(src, dst, NULL, MS_BIND, NULL)) {
		perror(dst);
		return -1;
	}
	return 0;
}

static void fill_passwd(FILE *f)
{
	fputs("root:x:0:0:root:/root:/bin/sh\n", f);
	for (int i = 0; i < USERS; i++)
		fprintf(f, "user%d:x:%d:%d:User %d,,,:/home/user%d:/bin/sh\n",
			i, 10000 + i, 10000 + i, i, i);
}

static void fill_group(FILE *f)
{
	fputs("root:x:0:\nbig:x:5000:", f);
	for (int i = 0; i < USERS; i++)
		fprintf(f, i ? ",user%d" : "user%d", i);
	fputs("\nsmall:x:5001:root\n", f);
}

static void fill_nsswitch(FILE *f)
{
	fputs("passwd: files\ngroup: files\nshadow: files\n", f);
}

static int fixture(void)
{
	char dir[] = "/tmp/bench-getent-XXXXXX";

	if (!mkdtemp(dir) || unshare(CLONE_NEWNS)
			|| mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)
			|| mount("tmpfs", dir, "tmpfs", 0, NULL)) {
		perror("private /etc");
		return -1;
	}
	return bind_file(dir, "passwd", fill_passwd) || bind_file(dir, "group", fill_group)
		|| bind_file(dir, "nsswitch.conf", fill_nsswitch) ? -1 : 0;
}

int main(int argc, char **argv)
{
	posix_spawn_file_actions_t fa;
	struct rusage before, after;
	struct timespec t0, t1;
	long n, i;
	int devnull;

	if (argc < 3 || (n = strtol(argv[1], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: %s N ARGS...\n", argv[0]);
		return 2;
	}
	if (fixture())
		return 1;
	argv[1] = "getent";
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
		int status, err = posix_spawn(&pid, GETENT, &fa, NULL, argv + 1, environ);

		if (err || waitpid(pid, &status, 0) < 0 || status != 0) {
			fprintf(stderr, "%s failed\n", GETENT);
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
