/*
 * Test helper: run a command under ptrace and change what the kernel tells
 * it, so getconf and glibc's getconf can be compared under conditions this
 * machine does not have (x86-64 Linux only).
 *
 *   tracer statfs TYPE[,NAMELEN[,BSIZE[,FRSIZE]]] CMD...
 *       every successful statfs reports file system TYPE (and the sizes)
 *   tracer auxv TYPE=VALUE[,TYPE=VALUE...] CMD...
 *       the new program's auxiliary vector says VALUE for TYPE; the
 *       VALUE "none" removes the entry
 *   tracer rlimit RESOURCE=CUR CMD...
 *       getrlimit/prlimit of RESOURCE reports the soft limit CUR
 *       ("inf" for RLIM_INFINITY)
 *   tracer fail SYSCALL_NUMBER=ERRNO CMD...
 *       that system call fails with ERRNO
 *
 * Exits with the command's status, or 77 (skipped) when ptrace is not
 * allowed here.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

#if !defined(__x86_64__)
int main(void)
{
	fputs("tracer: x86-64 only\n", stderr);
	return 77;
}
#else

enum { STATFS, AUXV, RLIMIT, FAIL };
static int mode;
static long values[16][2];
static int nvalues;
static long fs_sizes[4] = {-1, -1, -1, -1};

static void die(const char *what)
{
	perror(what);
	exit(125);
}

static void parse(const char *spec)
{
	char *copy = strdup(spec), *item, *save;

	if (mode == STATFS) {
		int i = 0;
		for (item = strtok_r(copy, ",", &save); item && i < 4;
		     item = strtok_r(NULL, ",", &save))
			fs_sizes[i++] = strtoll(item, NULL, 0);
	} else {
		for (item = strtok_r(copy, ",", &save); item && nvalues < 16;
		     item = strtok_r(NULL, ",", &save)) {
			char *eq = strchr(item, '=');
			if (!eq)
				die("TYPE=VALUE expected");
			*eq = 0;
			values[nvalues][0] = strtol(item, NULL, 0);
			if (!strcmp(eq + 1, "inf"))
				values[nvalues][1] = (long)RLIM_INFINITY;
			else if (!strcmp(eq + 1, "none"))
				values[nvalues][1] = LONG_MIN;
			else
				values[nvalues][1] = (long)strtoull(eq + 1, NULL, 0);
			nvalues++;
		}
	}
	free(copy);
}

static void poke(pid_t pid, unsigned long addr, long value)
{
	if (ptrace(PTRACE_POKEDATA, pid, addr, value))
		die("PTRACE_POKEDATA");
}

/* After exec, the stack is argc, argv..., NULL, envp..., NULL, auxv. */
static void edit_auxv(pid_t pid)
{
	struct user_regs_struct r;
	unsigned long p;
	long argc;

	if (ptrace(PTRACE_GETREGS, pid, 0, &r))
		die("PTRACE_GETREGS");
	argc = ptrace(PTRACE_PEEKDATA, pid, r.rsp, 0);
	p = r.rsp + 8 * (argc + 2);
	while (ptrace(PTRACE_PEEKDATA, pid, p, 0))
		p += 8;
	for (p += 8;; p += 16) {
		long type = ptrace(PTRACE_PEEKDATA, pid, p, 0);
		if (type == 0)
			break;
		for (int i = 0; i < nvalues; i++) {
			if (values[i][0] != type)
				continue;
			if (values[i][1] == LONG_MIN)
				poke(pid, p, 1);	/* AT_IGNORE */
			else
				poke(pid, p + 8, values[i][1]);
		}
	}
}

static void syscall_exit(pid_t pid)
{
	struct user_regs_struct r;

	if (ptrace(PTRACE_GETREGS, pid, 0, &r))
		die("PTRACE_GETREGS");
	if (mode == STATFS && (r.orig_rax == SYS_statfs || r.orig_rax == SYS_fstatfs) &&
	    r.rax == 0) {
		poke(pid, r.rsi + offsetof(struct statfs, f_type), fs_sizes[0]);
		if (fs_sizes[1] >= 0)
			poke(pid, r.rsi + offsetof(struct statfs, f_namelen), fs_sizes[1]);
		if (fs_sizes[2] >= 0)
			poke(pid, r.rsi + offsetof(struct statfs, f_bsize), fs_sizes[2]);
		if (fs_sizes[3] >= 0)
			poke(pid, r.rsi + offsetof(struct statfs, f_frsize), fs_sizes[3]);
	} else if (mode == RLIMIT && r.rax == 0) {
		unsigned long buf = 0;
		if (r.orig_rax == SYS_prlimit64 && r.rdi == 0)
			buf = r.r10;
		else if (r.orig_rax == SYS_getrlimit)
			buf = r.rsi;
		if (!buf)
			return;
		for (int i = 0; i < nvalues; i++) {
			long resource = r.orig_rax == SYS_prlimit64 ? (long)r.rsi : (long)r.rdi;
			if (values[i][0] == resource)
				poke(pid, buf, values[i][1]);
		}
	} else if (mode == FAIL) {
		for (int i = 0; i < nvalues; i++) {
			if ((long)r.orig_rax != values[i][0])
				continue;
			r.rax = -values[i][1];
			if (ptrace(PTRACE_SETREGS, pid, 0, &r))
				die("PTRACE_SETREGS");
		}
	}
}

int main(int argc, char **argv)
{
	int status, in_syscall = 0;
	pid_t pid;

	if (argc < 4) {
		fputs("usage: tracer statfs|auxv|rlimit|fail SPEC CMD...\n", stderr);
		return 125;
	}
	mode = !strcmp(argv[1], "statfs") ? STATFS : !strcmp(argv[1], "auxv") ? AUXV :
		!strcmp(argv[1], "rlimit") ? RLIMIT : !strcmp(argv[1], "fail") ? FAIL : -1;
	if (mode < 0) {
		fprintf(stderr, "tracer: unknown mode %s\n", argv[1]);
		return 125;
	}
	parse(argv[2]);

	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		if (ptrace(PTRACE_TRACEME, 0, 0, 0)) {
			perror("tracer: ptrace is not allowed here");
			_exit(77);
		}
		raise(SIGSTOP);
		execvp(argv[3], argv + 3);
		perror(argv[3]);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0)
		die("waitpid");
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (ptrace(PTRACE_SETOPTIONS, pid, 0,
		   PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL))
		die("PTRACE_SETOPTIONS");

	for (int sig = 0;;) {
		if (ptrace(mode == AUXV ? PTRACE_CONT : PTRACE_SYSCALL, pid, 0, sig))
			die("ptrace resume");
		sig = 0;
		if (waitpid(pid, &status, 0) < 0)
			die("waitpid");
		if (WIFEXITED(status))
			return WEXITSTATUS(status);
		if (WIFSIGNALED(status))
			return 128 + WTERMSIG(status);
		if (status >> 8 == (SIGTRAP | PTRACE_EVENT_EXEC << 8)) {
			in_syscall = 1;	/* the exec's own exit stop comes next */
			if (mode == AUXV) {
				edit_auxv(pid);
				if (ptrace(PTRACE_DETACH, pid, 0, 0))
					die("PTRACE_DETACH");
				if (waitpid(pid, &status, 0) < 0)
					die("waitpid");
				return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
			}
			continue;
		}
		if (WSTOPSIG(status) == (SIGTRAP | 0x80)) {
			if (in_syscall)
				syscall_exit(pid);
			in_syscall = !in_syscall;
			continue;
		}
		if (WSTOPSIG(status) != SIGSTOP)
			sig = WSTOPSIG(status);
	}
}
#endif
