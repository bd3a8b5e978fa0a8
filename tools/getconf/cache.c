/*
 * Cache geometry as the kernel describes cpu0's caches in
 * /sys/devices/system/cpu/cpu0/cache/index*: the same numbers on every
 * architecture and libc (glibc asks the x86 CPUID instruction instead,
 * and musl has no answer at all).
 */
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "getconf.h"

#define CACHE_DIR "/sys/devices/system/cpu/cpu0/cache"

static long geometry[L4_LINESIZE + 1];

/* A number as sysfs writes cache attributes ("48K" is 49152), or -1. */
long cache_number(const char *text)
{
	char *end;
	long n = strtol(text, &end, 10);
	int shift = *end == 'K' ? 10 : *end == 'M' ? 20 : *end == 'G' ? 30 : 0;

	if (end == text || n < 0 || n > LONG_MAX >> shift)
		return -1;
	return n << shift;
}

/* One attribute of cache index i, or -1. */
static long attribute(int i, const char *name)
{
	char path[128], *text;
	long n;

	snprintf(path, sizeof path, CACHE_DIR "/index%d/%s", i, name);
	text = read_small_file(path, 64);
	if (!text)
		return -1;
	n = cache_number(text);
	free(text);
	return n;
}

/* Which of our five caches index i is: L1 instruction, L1 data, then the
 * unified (or data) caches of levels 2 to 4; -1 for none of them. */
static int slot(int i, long level)
{
	char path[128], *type;
	int s = -1;

	snprintf(path, sizeof path, CACHE_DIR "/index%d/type", i);
	type = read_small_file(path, 64);
	if (!type || level < 1 || level > 4)
		s = -1;
	else if (!strncmp(type, "Instruction", 11))
		s = level == 1 ? 0 : -1;
	else if (!strncmp(type, "Data", 4) || !strncmp(type, "Unified", 7))
		s = level == 1 ? 1 : level;
	free(type);
	return s;
}

static void describe_caches(void)
{
	static int done;
	long level;
	int i, s;

	if (done)
		return;
	done = 1;
	for (i = 0; i <= L4_LINESIZE; i++)
		geometry[i] = -1;
	for (i = 0; (level = attribute(i, "level")) != -1; i++) {
		s = slot(i, level);
		if (s < 0 || geometry[s * 3] != -1)
			continue;
		geometry[s * 3] = attribute(i, "size");
		geometry[s * 3 + 1] = attribute(i, "ways_of_associativity");
		geometry[s * 3 + 2] = attribute(i, "coherency_line_size");
	}
}

long cache(int which)
{
	describe_caches();
	return geometry[which];
}
