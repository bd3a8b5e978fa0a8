/*
 * Differential fuzzing of the time module's strptime against glibc's.
 *
 * Built in the sanitizer configuration only (the build machine's glibc):
 * there -Wl,--wrap=strptime sends strptime to libwildebeest and
 * __real_strptime is glibc's own. Each input gives a format, a string and
 * what struct tm holds before the call (glibc works out some fields from
 * whatever is there); both parse the same pair into copies of the same
 * tm, and the run aborts on any difference in the result (NULL or how
 * much was read) or in any field of tm, also after a failure (callers
 * that ignore NULL use what was stored), except after a %s beyond
 * time_t. TZ is UTC, for %s.
 *
 * Input: 9 bytes choose the starting tm fields from a table, then the
 * format and the string, separated by a NUL byte.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

char *__real_strptime(const char *, const char *, struct tm *);

static const int starts[16] = { 0, 1, -1, 11, 12, 31, 59, 100, 123, -77, -1900, 2023, 365, 366,
	6, -2000 };

static void show(const char *who, const char *r, const char *s, const struct tm *tm)
{
	fprintf(stderr, "%s: %s%ld sec %d min %d hour %d mday %d mon %d year %d wday %d yday %d isdst %d gmtoff %ld\n",
		who, r ? "+" : "NULL ", r ? (long)(r - s) : 0L, tm->tm_sec, tm->tm_min, tm->tm_hour,
		tm->tm_mday, tm->tm_mon, tm->tm_year, tm->tm_wday, tm->tm_yday, tm->tm_isdst,
		(long)tm->tm_gmtoff);
}

static int same(const struct tm *a, const struct tm *b)
{
	return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
		a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
		a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday && a->tm_isdst == b->tm_isdst &&
		a->tm_gmtoff == b->tm_gmtoff;
}

/* %s beyond time_t's range: glibc's localtime_r fails after writing part
 * of tm, so only the NULL is compared. */
static int seconds_overflow(const char *fmt, const char *s)
{
	int run = 0;

	if (!strstr(fmt, "s"))
		return 0;
	for (; *s; s++) {
		run = *s >= '0' && *s <= '9' ? run + 1 : 0;
		if (run >= 19)
			return 1;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int init;
	struct tm start, theirs, ours;
	char *text, *fmt, *s, *r1, *r2;
	int *fields[9];

	if (!init) {
		setenv("TZ", "UTC", 1);
		tzset();
		init = 1;
	}
	if (size < 9 || size > 512)
		return 0;
	memset(&start, 0, sizeof start);
	fields[0] = &start.tm_sec;
	fields[1] = &start.tm_min;
	fields[2] = &start.tm_hour;
	fields[3] = &start.tm_mday;
	fields[4] = &start.tm_mon;
	fields[5] = &start.tm_year;
	fields[6] = &start.tm_wday;
	fields[7] = &start.tm_yday;
	fields[8] = &start.tm_isdst;
	for (int i = 0; i < 9; i++)
		*fields[i] = starts[data[i] % 16];
	start.tm_gmtoff = starts[data[0] / 16];

	text = malloc(size - 9 + 2);
	memcpy(text, data + 9, size - 9);
	text[size - 9] = 0;
	text[size - 8] = 0;
	fmt = text;
	s = text + strlen(text) + 1;

	theirs = start;
	ours = start;
	r1 = __real_strptime(s, fmt, &theirs);
	r2 = strptime(s, fmt, &ours);
	if (r1 != r2 || (!same(&theirs, &ours) && !(!r1 && seconds_overflow(fmt, s)))) {
		fprintf(stderr, "strptime differs from glibc: format \"%s\", string \"%s\"\n", fmt, s);
		show("start", s, s, &start);
		show("glibc", r1, s, &theirs);
		show("ours ", r2, s, &ours);
		abort();
	}
	free(text);
	return 0;
}
