#include "tz_impl.h"

/* Reached through -Wl,--wrap=tzset. */
void __wrap_tzset(void)
{
	__real_tzset();
	__lwb_time_dst_name();
}
