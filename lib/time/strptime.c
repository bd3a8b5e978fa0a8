#define _GNU_SOURCE
#include "strptime_impl.h"

/* Reached through -Wl,--wrap=strptime: GNU strptime for every caller. */
char *__wrap_strptime(const char *s, const char *fmt, struct tm *tm)
{
	struct __lwb_strptime st = { .century = -1 };
	const char *end = __lwb_strptime_parse(s, fmt, tm, &st);

	if (!end)
		return 0;
	__lwb_strptime_finish(tm, &st);
	return (char *)end;
}
