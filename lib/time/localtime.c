#include "tz_impl.h"

/* Reached through -Wl,--wrap=localtime. It reads TZ as tzset does, on
 * both libcs, so it sets tzname as tzset does. */
struct tm *__wrap_localtime(const time_t *t)
{
	struct tm *tm = __real_localtime(t);

	__lwb_time_dst_name();
	return tm;
}
