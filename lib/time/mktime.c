#include "tz_impl.h"

/* Reached through -Wl,--wrap=mktime. It reads TZ as tzset does, on both
 * libcs, so it sets tzname as tzset does. */
time_t __wrap_mktime(struct tm *tm)
{
	time_t t = __real_mktime(tm);

	__lwb_time_dst_name();
	return t;
}
