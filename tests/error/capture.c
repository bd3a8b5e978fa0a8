#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "capture.h"

static char *slurp(int fd)
{
	struct stat st;
	char *s;

	ck_assert(fstat(fd, &st) == 0);
	s = malloc((size_t)st.st_size + 1);
	ck_assert(s != NULL);
	ck_assert(pread(fd, s, (size_t)st.st_size, 0) == st.st_size);
	s[st.st_size] = 0;
	close(fd);
	return s;
}

static int temp_file(void)
{
	char name[] = "/tmp/lwbt-error.XXXXXX";
	int fd = mkstemp(name);

	ck_assert(fd >= 0);
	unlink(name);
	return fd;
}

void capture_run(void (*scenario)(void), int merged, struct capture *c)
{
	int out = temp_file();
	int err = merged ? out : temp_file();
	int wstatus;
	pid_t pid;

	/* Nothing of this process's own output may reach the child's files. */
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	ck_assert(pid >= 0);
	if (pid == 0) {
		if (dup2(out, 1) < 0 || dup2(err, 2) < 0)
			_exit(99);
		scenario();
		exit(0);
	}
	ck_assert(waitpid(pid, &wstatus, 0) == pid);
	c->exited = WIFEXITED(wstatus);
	c->status = c->exited ? WEXITSTATUS(wstatus) : WTERMSIG(wstatus);
	c->out = slurp(out);
	c->err = merged ? NULL : slurp(err);
}

void capture_free(struct capture *c)
{
	free(c->out);
	free(c->err);
}
