#ifndef TIMETEST_H
#define TIMETEST_H

#include <time.h>

/* 2023-11-04 09:05:07 +0530 "IST", 1969-12-31 23:59:59 -0030 "XST",
 * 2000-01-01 00:00:00 -0800 "PST", all fields set. */
extern const struct tm timetest_dates[3];
/* TZ=UTC0, so that %s (mktime of the fields) is the same everywhere. */
void timetest_setup(void);

#endif
