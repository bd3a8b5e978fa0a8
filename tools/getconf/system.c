/*
 * Values the kernel decides, computed as glibc computes them on Linux
 * (musl's sysconf answers most of these with fixed numbers).
 */
#define _GNU_SOURCE
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <unistd.h>
#include "getconf.h"

#ifndef AT_MINSIGSTKSZ
#define AT_MINSIGSTKSZ 51
#endif

/* The kernel lets arguments and environment take a quarter of the stack
 * limit, at most three quarters of 8 MiB; 128 KiB was the old fixed limit
 * and stays the floor. */
long arg_max(int unused)
{
	struct rlimit rl;
	long n;

	(void)unused;
	if (getrlimit(RLIMIT_STACK, &rl))
		return 131072;
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur / 4 > 6 * 1024 * 1024)
		return 6 * 1024 * 1024;
	n = rl.rlim_cur / 4;
	return n < 131072 ? 131072 : n;
}

/* A soft resource limit; "undefined" when unlimited, and the given
 * fallback (glibc's) when it cannot be read. */
static long soft_limit(int resource, long fallback)
{
	struct rlimit rl;

	if (getrlimit(resource, &rl))
		return fallback;
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > LONG_MAX)
		return -1;
	return rl.rlim_cur;
}

long child_max(int unused)
{
	(void)unused;
	return soft_limit(RLIMIT_NPROC, -1);
}

long open_max(int unused)
{
	(void)unused;
	return soft_limit(RLIMIT_NOFILE, 256);
}

long sigqueue_max(int unused)
{
	(void)unused;
	return soft_limit(RLIMIT_SIGPENDING, -1);
}

/* /proc/sys/kernel/ngroups_max as glibc reads it: a number in strtol's
 * syntax (saturating) that ends the line or the text. 0 if it is one. */
int ngroups_number(const char *text, long *n)
{
	char *end;

	*n = strtol(text, &end, 10);
	return end == text || (*end && *end != '\n') ? -1 : 0;
}

/* The kernel's limit on supplementary groups, from the file's first 31
 * bytes as glibc reads it; 65536, the kernel's own constant, failing that. */
long ngroups_max(int unused)
{
	char *text = read_small_file("/proc/sys/kernel/ngroups_max", 31);
	long n = 65536;

	(void)unused;
	if (text && ngroups_number(text, &n))
		n = 65536;
	free(text);
	return n;
}

/* The kernel's USER_HZ, from the auxiliary vector. */
long clk_tck(int unused)
{
	unsigned long hz = getauxval(AT_CLKTCK);

	(void)unused;
	return hz ? (long)hz : 100;
}

long page_size(int unused)
{
	unsigned long size = getauxval(AT_PAGESZ);

	(void)unused;
	return size ? (long)size : sysconf(_SC_PAGESIZE);
}

static long pages(int available)
{
	struct sysinfo si;
	unsigned long long bytes;

	if (sysinfo(&si))
		return -1;
	bytes = (unsigned long long)(available ? si.freeram : si.totalram) * si.mem_unit;
	return bytes / page_size(0);
}

long phys_pages(int unused)
{
	(void)unused;
	return pages(0);
}

long avphys_pages(int unused)
{
	(void)unused;
	return pages(1);
}

/* A thread's stack must hold at least one signal frame, whose size the
 * kernel reports (it grows with the CPU's register state); glibc answers
 * that or 16 KiB, whichever is larger. */
long thread_stack_min(int unused)
{
	unsigned long frame = getauxval(AT_MINSIGSTKSZ);

	(void)unused;
	return frame > 16384 ? (long)frame : 16384;
}

/* The real-time signals a program may use. musl keeps a few for itself,
 * so it has fewer than glibc's 32 and its <limits.h> has no RTSIG_MAX. */
long rtsig_max(int unused)
{
	(void)unused;
#ifdef RTSIG_MAX
	return RTSIG_MAX;
#else
	return SIGRTMAX - SIGRTMIN + 1;
#endif
}
