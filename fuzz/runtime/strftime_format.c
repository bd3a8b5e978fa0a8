/*
 * Differential fuzzing of the runtime module's strftime format parser
 * against glibc's strftime.
 *
 * Built in the sanitizer configuration only (the build machine's glibc):
 * there -Wl,--wrap=strftime sends strftime() to libwildebeest's layout of
 * glibc's flags, widths and modifiers, and __real_strftime() is glibc's own.
 * Each input is a format (bytes up to the first NUL, widths kept below
 * 1000) and a choice of date; any difference in the result, the length or
 * the bytes, aborts. Both write into buffers of several sizes, so a
 * format that does not fit must give 0 from both.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

size_t __real_strftime(char *restrict, size_t, const char *restrict,
	const struct tm *restrict);

static const struct tm dates[] = {
	{ .tm_year = 123, .tm_mon = 10, .tm_mday = 4, .tm_hour = 9, .tm_min = 5,
	  .tm_sec = 7, .tm_wday = 6, .tm_yday = 307, .tm_gmtoff = 19800, .tm_zone = "IST" },
	{ .tm_year = 69, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59,
	  .tm_sec = 59, .tm_wday = 3, .tm_yday = 364, .tm_gmtoff = -1800, .tm_zone = "XST" },
	{ .tm_year = 100, .tm_mon = 0, .tm_mday = 1, .tm_hour = 0, .tm_min = 0,
	  .tm_sec = 0, .tm_wday = 6, .tm_yday = 0, .tm_gmtoff = -28800, .tm_zone = "pst" },
};

/* Width digits run at most three long, so that no output is huge. */
static int sane(const char *fmt)
{
	int run = 0;

	for (; *fmt; fmt++) {
		run = *fmt >= '0' && *fmt <= '9' ? run + 1 : 0;
		if (run > 3)
			return 0;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t sizes[] = { 4096, 16, 1 };
	char fmt[128], ours[4096], theirs[4096];
	size_t a, b, i, k;

	if (size < 1)
		return 0;
	setenv("TZ", "UTC0", 1);
	k = data[0] % (sizeof dates / sizeof *dates);
	size = size - 1 < sizeof fmt - 1 ? size - 1 : sizeof fmt - 1;
	memcpy(fmt, data + 1, size);
	fmt[size] = 0;
	if (!sane(fmt))
		return 0;
	for (i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		memset(ours, 0, sizeof ours);
		memset(theirs, 0, sizeof theirs);
		a = strftime(ours, sizes[i], fmt, &dates[k]);
		b = __real_strftime(theirs, sizes[i], fmt, &dates[k]);
		if (a != b || (a && memcmp(ours, theirs, a + 1) != 0)) {
			fprintf(stderr, "format \"%s\", date %zu, size %zu:\n ours:  %zu \"%s\"\n glibc: %zu \"%s\"\n",
				fmt, k, sizes[i], a, ours, b, theirs);
			abort();
		}
	}
	return 0;
}
