/*
 * Fuzz getconf's readers of kernel files: the CPU lists of
 * /sys/devices/system/cpu, the cpuN lines of /proc/stat, sysfs cache
 * sizes, /proc/sys/kernel/ngroups_max and the escapes of /proc/mounts.
 * Each answer is checked against a second, simpler reading of the same
 * text written here; ASan, UBSan and LeakSanitizer watch the rest.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "getconf.h"

/* The CPU list grammar, token by token: "N" or "N-M" separated by commas,
 * one trailing comma allowed, up to the first newline. */
static long reference_list(const char *s)
{
	size_t len = strcspn(s, "\n");
	long total = 0;
	size_t i = 0;

	if (len == 0)
		return -1;
	while (i < len) {
		unsigned long v[2] = {0, 0};
		int k = 0, digits = 0;

		for (; i < len && s[i] != ','; i++) {
			if (s[i] == '-' && k == 0 && digits) {
				k = 1;
				digits = 0;
			} else if (s[i] >= '0' && s[i] <= '9') {
				v[k] = v[k] > (1UL << 31) ? v[k] : v[k] * 10 + (s[i] - '0');
				digits++;
			} else {
				return -1;
			}
		}
		if (!digits)
			return -1;
		if (k == 0)
			v[1] = v[0];
		if (v[1] < v[0] || v[1] > 1UL << 30)
			return -1;
		total += v[1] - v[0] + 1;
		i++;	/* the comma */
	}
	return total;
}

static void check_list(const char *text)
{
	long ours = cpu_list_count(text), ref = reference_list(text);

	if (ours != ref) {
		fprintf(stderr, "cpu list %s: %ld, expected %ld\n", text, ours, ref);
		abort();
	}
}

static void check_stat(const uint8_t *data, size_t size)
{
	FILE *f = fmemopen((void *)data, size, "r");
	long lines = 0, ours;
	size_t i = 0;

	if (!f)
		return;
	ours = cpu_stat_count(f);
	fclose(f);
	/* Lines starting "cpu", up to the first that does not; those with a
	 * digit after it count. */
	while (i < size && size - i >= 3 && !memcmp(data + i, "cpu", 3)) {
		if (size - i > 3 && data[i + 3] >= '0' && data[i + 3] <= '9')
			lines++;
		while (i < size && data[i] != '\n')
			i++;
		i++;
	}
	if (ours != (lines ? lines : -1)) {
		fprintf(stderr, "/proc/stat: %ld, expected %ld\n", ours, lines);
		abort();
	}
}

static void check_unescape(const char *text)
{
	char *s = strdup(text);
	size_t before = strlen(s);

	mount_unescape(s);
	if (strlen(s) > before)
		abort();
	free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	long n;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = 0;
	check_list(text);
	check_stat(data, size);
	check_unescape(text);
	n = cache_number(text);
	if (n < -1)
		abort();
	ngroups_number(text, &n);
	free(text);
	return 0;
}
