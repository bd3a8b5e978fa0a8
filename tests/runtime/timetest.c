#define _GNU_SOURCE
#include <stdlib.h>
#include <time.h>
#include "timetest.h"

const struct tm timetest_dates[3] = {
	{ .tm_year = 2023 - 1900, .tm_mon = 10, .tm_mday = 4, .tm_hour = 9, .tm_min = 5,
	  .tm_sec = 7, .tm_wday = 6, .tm_yday = 307, .tm_gmtoff = 19800, .tm_zone = "IST" },
	{ .tm_year = 1969 - 1900, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59,
	  .tm_sec = 59, .tm_wday = 3, .tm_yday = 364, .tm_gmtoff = -1800, .tm_zone = "XST" },
	{ .tm_year = 2000 - 1900, .tm_mon = 0, .tm_mday = 1, .tm_hour = 0, .tm_min = 0,
	  .tm_sec = 0, .tm_wday = 6, .tm_yday = 0, .tm_gmtoff = -28800, .tm_zone = "PST" },
};

void timetest_setup(void)
{
	setenv("TZ", "UTC0", 1);
	tzset();
}
