/* glibc's tzname[1] for a zone without daylight time. Internal to the
 * time module. */
#ifndef LWB_TIME_TZ_IMPL_H
#define LWB_TIME_TZ_IMPL_H

#include <time.h>
#include "../lwb.h"

/* After musl has read TZ: a zone with no daylight time gets its standard
 * name as tzname[1], as on glibc (musl leaves ""). */
LWB_HIDDEN void __lwb_time_dst_name(void);

void __real_tzset(void);
struct tm *__real_localtime(const time_t *);
struct tm *__real_localtime_r(const time_t *restrict, struct tm *restrict);
time_t __real_mktime(struct tm *);
char *__real_ctime(const time_t *);
char *__real_ctime_r(const time_t *, char *);

void __wrap_tzset(void);
struct tm *__wrap_localtime(const time_t *);
struct tm *__wrap_localtime_r(const time_t *restrict, struct tm *restrict);
time_t __wrap_mktime(struct tm *);
char *__wrap_ctime(const time_t *);
char *__wrap_ctime_r(const time_t *, char *);

#endif
