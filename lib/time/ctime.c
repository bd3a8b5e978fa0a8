#include "tz_impl.h"

/* Reached through -Wl,--wrap=ctime. It reads TZ as tzset does, on both
 * libcs, so it sets tzname as tzset does. */
char *__wrap_ctime(const time_t *t)
{
	char *s = __real_ctime(t);

	__lwb_time_dst_name();
	return s;
}
