#include "tz_impl.h"

/* Reached through -Wl,--wrap=localtime_r. musl reads a changed TZ here
 * (glibc does not, so the two can differ until the next tzset); what
 * musl sets in tzname gets glibc's daylight name. */
struct tm *__wrap_localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	struct tm *r = __real_localtime_r(t, tm);

	__lwb_time_dst_name();
	return r;
}
