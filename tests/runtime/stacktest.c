/* Helpers for the thread stack tests. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "stacktest.h"

size_t default_stack(void)
{
	pthread_attr_t attr;
	size_t size = 0;

	if (pthread_attr_init(&attr) != 0)
		return 0;
	if (pthread_attr_getstacksize(&attr, &size) != 0)
		size = 0;
	pthread_attr_destroy(&attr);
	return size;
}

size_t np_default_stack(void)
{
	pthread_attr_t attr;
	size_t size = 0;

	if (pthread_getattr_default_np(&attr) != 0)
		return 0;
	if (pthread_attr_getstacksize(&attr, &size) != 0)
		size = 0;
	pthread_attr_destroy(&attr);
	return size;
}

/* Runs this program again under another RLIMIT_STACK (the size is fixed
 * when a process starts) and returns what the child saw. */
size_t stack_under_limit(rlim_t limit)
{
	int fd[2];
	pid_t pid;
	int status;
	char buf[64] = "";
	ssize_t n;

	ck_assert_int_eq(pipe(fd), 0);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		struct rlimit rl = { limit, RLIM_INFINITY };
		dup2(fd[1], 1);
		if (setrlimit(RLIMIT_STACK, &rl) != 0)
			_exit(2);
		execl("/proc/self/exe", "thread_stack", "--report", (char *)0);
		_exit(3);
	}
	close(fd[1]);
	n = read(fd[0], buf, sizeof buf - 1);
	close(fd[0]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ck_assert_int_gt(n, 0);
	return strtoul(buf, 0, 10);
}

/* The child's side of stack_under_limit. */
int stack_report(void)
{
	printf("%zu\n", default_stack());
	return default_stack() == np_default_stack() ? 0 : 1;
}
