#define _GNU_SOURCE
#include "tz_impl.h"

/* glibc names the daylight time of a zone that has none after its
 * standard time: TZ=UTC, EST5 and zoneinfo files without daylight rules
 * give tzname[1] == tzname[0]; musl gives "". systemd's in_utc_timezone
 * test checks it. Zones with daylight time have a name on both. The
 * pointer is musl's own string, valid until TZ is next read, like
 * tzname[0]. */
void __lwb_time_dst_name(void)
{
	if (tzname[1] && !*tzname[1])
		tzname[1] = tzname[0];
}
