#define _GNU_SOURCE
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "strptime_impl.h"

/* The C locale's names; glibc's strptime accepts the full name or the
 * abbreviation in any case. */
static const char *const days[] = { "Sunday", "Monday", "Tuesday", "Wednesday",
	"Thursday", "Friday", "Saturday" };
static const char *const months[] = { "January", "February", "March", "April", "May",
	"June", "July", "August", "September", "October", "November", "December" };

/* The month s starts with, by its full name or abbreviation. */
static const char *match_month(const char *s, int *index)
{
	for (int i = 0; i < 12; i++) {
		size_t full = strlen(months[i]);

		*index = i;
		if (!strncasecmp(s, months[i], full))
			return s + full;
		if (!strncasecmp(s, months[i], 3))
			return s + 3;
	}
	return 0;
}

/* The weekday s starts with, as glibc finds it. Until an %O number has
 * settled on plain digits (LWB_RAW), glibc goes on looking, from where it
 * got to and with the later days, after a match of an abbreviation
 * ("SunMon" is Monday), and stops at a full name; after an %E lookup
 * (LWB_LOCALE) the last abbreviation is matched but not consumed. */
static const char *match_weekday(const char *s, int *index, int decided)
{
	const char *before_abbreviation = 0;
	int found = -1;

	for (int i = 0; i < 7; i++) {
		size_t full = strlen(days[i]);

		if (!strncasecmp(s, days[i], full)) {
			found = i;
			s += full;
			before_abbreviation = 0;
			break;
		}
		if (!strncasecmp(s, days[i], 3)) {
			found = i;
			before_abbreviation = s;
			s += 3;
			if (decided == LWB_RAW)
				break;
		}
	}
	if (found < 0)
		return 0;
	*index = found;
	return decided == LWB_LOCALE && before_abbreviation ? before_abbreviation : s;
}

static const char *skip_space(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return s;
}

/* A number of at most digits digits after optional white space, read
 * digit by digit only while it can still stay within max (so "60" for a
 * minute is 6, leaving the 0), then checked against [min, max]. */
static const char *number(const char *s, int min, int max, int digits, int *value)
{
	int v;

	s = skip_space(s);
	if (*s < '0' || *s > '9')
		return 0;
	v = *s++ - '0';
	while (--digits > 0 && v * 10 <= max && *s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	if (v < min || v > max)
		return 0;
	*value = v;
	return s;
}

/* %z: Z, or a sign and hh, hhmm or hh:mm (minutes below 60). */
static const char *zone_offset(const char *s, struct tm *tm)
{
	int negative, n = 0, value = 0;

	s = skip_space(s);
	if (*s == 'Z') {
		tm->tm_gmtoff = 0;
		return s + 1;
	}
	if (*s != '+' && *s != '-')
		return 0;
	negative = *s++ == '-';
	while (n < 4) {
		if (n == 2 && s[0] == ':' && s[1] >= '0' && s[1] <= '9')
			s++;
		if (*s < '0' || *s > '9')
			break;
		value = value * 10 + (*s++ - '0');
		n++;
	}
	if (n == 2)
		value *= 100;
	else if (n != 4)
		return 0;
	if (value % 100 >= 60)
		return 0;
	tm->tm_gmtoff = (value / 100 * 3600 + value % 100 * 60) * (negative ? -1 : 1);
	return s;
}

/* %s: seconds since the epoch, as local time. Like glibc, the digits are
 * accumulated modulo 2^64 (a time far beyond the range then fails in
 * localtime_r, or wraps to a time it can show). */
static const char *epoch_seconds(const char *s, struct tm *tm)
{
	unsigned long long secs = 0;
	time_t t;

	if (*s < '0' || *s > '9')
		return 0;
	for (; *s >= '0' && *s <= '9'; s++)
		secs = secs * 10 + (unsigned)(*s - '0');
	t = (time_t)(long long)secs;
	if (!localtime_r(&t, tm))
		return 0;
	return s;
}

/* %c, %D, %F, %r, %R, %T, %x, %X: the C locale's formats. glibc keeps
 * what one of them read only when all of it matched. */
static const char *composite(const char *s, const char *fmt, struct tm *tm,
	struct __lwb_strptime *st)
{
	struct tm copy = *tm;
	struct __lwb_strptime state = *st;

	if (!(s = __lwb_strptime_parse(s, fmt, &copy, &state)))
		return 0;
	*tm = copy;
	*st = state;
	return s;
}

/* %y: 69 to 99 are 1969 to 1999, 0 to 68 are 2000 to 2068, and a %C
 * before or after gives the century; glibc's %Oy ignores %C. */
static const char *year_in_century(const char *s, char mod, struct tm *tm,
	struct __lwb_strptime *st)
{
	int v;

	if (!(s = number(s, 0, 99, 2, &v)))
		return 0;
	tm->tm_year = v >= 69 ? v : v + 100;
	if (mod != 'O')
		st->want_century = 1;
	st->want_xday = 1;
	return s;
}

/* The conversions E and O may modify (in the C locale they change
 * nothing, but for %Ey below). */
static int modifier_allowed(char mod, char c)
{
	if (mod == 'E')
		return c && strchr("cCxXyY", c);
	if (mod == 'O')
		return c && strchr("bBdehHImMSUVwWy", c);
	return 1;
}

static const char *conversion(const char *s, char mod, char c, struct tm *tm,
	struct __lwb_strptime *st);

/* A conversion with its modifier. In the C locale glibc finds neither
 * alternative digits nor eras, and what it did first decides the rest:
 * after a plain-digit %O number (LWB_RAW), later %O numbers, %EC and %EY
 * fail; after an %E lookup (LWB_LOCALE) they all work, and the last
 * weekday abbreviation is not consumed. %Ey, until an %E lookup has been
 * made, first reads a four-digit year into tm_year (and fails there after
 * an %O number). */
static const char *modified(const char *s, char mod, char c, struct tm *tm,
	struct __lwb_strptime *st)
{
	int alt = mod == 'O' && strchr("deHImMSUVwWy", c);
	int era = mod == 'E' && strchr("CyY", c);
	int v;

	if (alt && st->decided == LWB_RAW)
		return 0;
	if (era && c == 'y' && st->decided != LWB_LOCALE) {
		if (!(s = number(s, 0, 9999, 4, &v)))
			return 0;
		tm->tm_year = v;
	}
	if (era && st->decided == LWB_RAW)
		return 0;
	if (!(s = conversion(s, mod, c, tm, st)))
		return 0;
	if (alt && st->decided == LWB_UNDECIDED)
		st->decided = LWB_RAW;
	if (era)
		st->decided = LWB_LOCALE;
	return s;
}

static const char *conversion(const char *s, char mod, char c, struct tm *tm,
	struct __lwb_strptime *st)
{
	int v;

	switch (c) {
	case '%':
		return *s == '%' ? s + 1 : 0;
	case 'a':
	case 'A':
		if (!(s = match_weekday(s, &v, st->decided)))
			return 0;
		tm->tm_wday = v;
		st->have_wday = 1;
		return s;
	case 'b':
	case 'B':
	case 'h':
		if (!(s = match_month(s, &v)))
			return 0;
		tm->tm_mon = v;
		st->have_mon = 1;
		st->want_xday = 1;
		return s;
	case 'c':
		return composite(s, "%a %b %e %H:%M:%S %Y", tm, st);
	case 'C':
		if (!(s = number(s, 0, 99, 2, &v)))
			return 0;
		st->century = v;
		st->want_xday = 1;
		return s;
	case 'd':
	case 'e':
		if (!(s = number(s, 1, 31, 2, &v)))
			return 0;
		tm->tm_mday = v;
		st->have_mday = 1;
		st->want_xday = 1;
		return s;
	case 'D':
	case 'x':
		return composite(s, "%m/%d/%y", tm, st);
	case 'F':
		return composite(s, "%Y-%m-%d", tm, st);
	case 'g':
		return number(s, 0, 99, 2, &v);
	case 'G':
		/* Read and ignored, digits only, however many. */
		if (*s < '0' || *s > '9')
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
		return s;
	case 'H':
	case 'k':
		if (!(s = number(s, 0, 23, 2, &v)))
			return 0;
		tm->tm_hour = v;
		st->have_I = 0;
		return s;
	case 'I':
	case 'l':
		if (!(s = number(s, 1, 12, 2, &v)))
			return 0;
		tm->tm_hour = v % 12;
		st->have_I = 1;
		return s;
	case 'j':
		if (!(s = number(s, 1, 366, 3, &v)))
			return 0;
		tm->tm_yday = v - 1;
		st->have_yday = 1;
		return s;
	case 'm':
		if (!(s = number(s, 1, 12, 2, &v)))
			return 0;
		tm->tm_mon = v - 1;
		st->have_mon = 1;
		st->want_xday = 1;
		return s;
	case 'M':
		if (!(s = number(s, 0, 59, 2, &v)))
			return 0;
		tm->tm_min = v;
		return s;
	case 'n':
	case 't':
		return skip_space(s);
	case 'p':
		if (!strncasecmp(s, "AM", 2))
			st->is_pm = 0;
		else if (!strncasecmp(s, "PM", 2))
			st->is_pm = 1;
		else
			return 0;
		return s + 2;
	case 'r':
		return composite(s, "%I:%M:%S %p", tm, st);
	case 'R':
		return composite(s, "%H:%M", tm, st);
	case 's':
		return epoch_seconds(s, tm);
	case 'S':
		if (!(s = number(s, 0, 61, 2, &v)))
			return 0;
		tm->tm_sec = v;
		return s;
	case 'T':
	case 'X':
		return composite(s, "%H:%M:%S", tm, st);
	case 'u':
		if (!(s = number(s, 1, 7, 1, &v)))
			return 0;
		tm->tm_wday = v % 7;
		st->have_wday = 1;
		return s;
	case 'U':
	case 'W':
		if (!(s = number(s, 0, 53, 2, &v)))
			return 0;
		st->week_no = v;
		if (c == 'U')
			st->have_uweek = 1;
		else
			st->have_wweek = 1;
		return s;
	case 'V':
		return number(s, 0, 53, 2, &v);
	case 'w':
		if (!(s = number(s, 0, 6, 1, &v)))
			return 0;
		tm->tm_wday = v;
		st->have_wday = 1;
		return s;
	case 'y':
		return year_in_century(s, mod, tm, st);
	case 'Y':
		if (!(s = number(s, 0, 9999, 4, &v)))
			return 0;
		tm->tm_year = v - 1900;
		st->want_century = 0;
		st->want_xday = 1;
		return s;
	case 'z':
		return zone_offset(s, tm);
	case 'Z':
		/* A zone name is read and ignored. */
		s = skip_space(s);
		while (*s && !isspace((unsigned char)*s))
			s++;
		return s;
	}
	return 0;
}

const char *__lwb_strptime_parse(const char *s, const char *fmt, struct tm *tm,
	struct __lwb_strptime *st)
{
	while (*fmt) {
		char mod = 0;

		if (isspace((unsigned char)*fmt)) {
			s = skip_space(s);
			fmt++;
			continue;
		}
		if (*fmt != '%') {
			if (*s++ != *fmt++)
				return 0;
			continue;
		}
		fmt++;
		/* strftime's flags and a width are accepted and ignored. */
		while (*fmt && strchr("_-0^#", *fmt))
			fmt++;
		while (*fmt >= '0' && *fmt <= '9')
			fmt++;
		if (*fmt == 'E' || *fmt == 'O')
			mod = *fmt++;
		if (!modifier_allowed(mod, *fmt))
			return 0;
		if (!*fmt || !(s = modified(s, mod, *fmt++, tm, st)))
			return 0;
	}
	return s;
}
