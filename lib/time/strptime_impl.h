/* GNU strptime, written from glibc 2.36's observed behaviour. Internal to
 * the time module. */
#ifndef LWB_TIME_STRPTIME_IMPL_H
#define LWB_TIME_STRPTIME_IMPL_H

#include <time.h>
#include "../lwb.h"

/* What the conversions seen so far said, for the fields glibc works out
 * at the end. */
enum { LWB_UNDECIDED, LWB_RAW, LWB_LOCALE };

struct __lwb_strptime {
	int have_I, is_pm;
	int century, want_century;
	int want_xday;
	int have_wday, have_yday, have_mon, have_mday;
	int have_uweek, have_wweek, week_no;
	/* Whether %E and %O found the locale's alternatives (the C locale
	 * has none) or fell back to plain digits: glibc remembers which, and
	 * it changes later conversions (see strptime_parse.c). */
	int decided;
};

/* Parse s by fmt into tm; the end of what was read, or NULL. */
LWB_HIDDEN const char *__lwb_strptime_parse(const char *s, const char *fmt, struct tm *tm,
	struct __lwb_strptime *st);

/* Work out the fields the conversions imply (hour from %I and %p, year
 * from %C, weekday, day of the year, month and day from %j or a week). */
LWB_HIDDEN void __lwb_strptime_finish(struct tm *tm, const struct __lwb_strptime *st);

char *__wrap_strptime(const char *, const char *, struct tm *);

#endif
