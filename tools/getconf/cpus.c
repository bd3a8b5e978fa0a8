/*
 * Processor counts as glibc finds them on Linux: the kernel's lists of
 * possible and online CPUs, else the cpuN lines of /proc/stat, else the
 * CPUs this process may run on. (musl counts the affinity mask only, so a
 * container or taskset would change the machine's size.)
 */
#define _GNU_SOURCE
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "getconf.h"

/* A list such as "0-3,5,7-8\n": the number of CPUs it names, counting
 * repeats as glibc does, or -1 if it is not such a list. */
long cpu_list_count(const char *s)
{
	long total = 0;

	while (*s && *s != '\n') {
		char *end;
		unsigned long lo, hi;

		if (*s < '0' || *s > '9')
			return -1;
		lo = hi = strtoul(s, &end, 10);
		if (*end == '-') {
			s = end + 1;
			if (*s < '0' || *s > '9')
				return -1;
			hi = strtoul(s, &end, 10);
		}
		if (hi < lo || hi > 1UL << 30 || (unsigned long)(LONG_MAX - total) <= hi - lo)
			return -1;
		total += hi - lo + 1;
		s = end;
		if (*s == ',')
			s++;
		else if (*s && *s != '\n')
			return -1;
	}
	return total ? total : -1;
}

static long from_sysfs(const char *path)
{
	char *text = read_small_file(path, 65536);
	long n;

	if (!text)
		return -1;
	n = cpu_list_count(text);
	free(text);
	return n;
}

/* The cpuN lines at the top of /proc/stat, or -1 for none. */
long cpu_stat_count(FILE *f)
{
	char *line = NULL;
	size_t size = 0;
	long n = 0;

	while (getline(&line, &size, f) > 0 && !strncmp(line, "cpu", 3))
		if (line[3] >= '0' && line[3] <= '9')
			n++;
	free(line);
	return n ? n : -1;
}

static long from_proc_stat(void)
{
	FILE *f = fopen("/proc/stat", "re");
	long n;

	if (!f)
		return -1;
	n = cpu_stat_count(f);
	fclose(f);
	return n;
}

static long from_affinity(void)
{
	size_t size = CPU_ALLOC_SIZE(32768);
	cpu_set_t *set = CPU_ALLOC(32768);
	long n = 1;

	if (!set)
		return 1;
	CPU_ZERO_S(size, set);
	if (!sched_getaffinity(0, size, set))
		n = CPU_COUNT_S(size, set);
	CPU_FREE(set);
	return n;
}

static long count(const char *path)
{
	long n = from_sysfs(path);

	if (n < 0)
		n = from_proc_stat();
	if (n < 0)
		n = from_affinity();
	return n;
}

long nprocessors_conf(int unused)
{
	(void)unused;
	return count("/sys/devices/system/cpu/possible");
}

long nprocessors_onln(int unused)
{
	(void)unused;
	return count("/sys/devices/system/cpu/online");
}
