#include "tz_impl.h"

/* Reached through -Wl,--wrap=ctime_r. musl reads a changed TZ here
 * (glibc does not); what musl sets in tzname gets glibc's daylight
 * name. */
char *__wrap_ctime_r(const time_t *t, char *buf)
{
	char *s = __real_ctime_r(t, buf);

	__lwb_time_dst_name();
	return s;
}
