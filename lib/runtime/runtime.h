/* Internal to the runtime module. */
#ifndef LWB_RUNTIME_H
#define LWB_RUNTIME_H

#include <stddef.h>
#include <time.h>
#include <wchar.h>
#include "../lwb.h"

LWB_HIDDEN size_t __lwb_glibc_alignment(size_t);
LWB_HIDDEN int __lwb_strftime_plain(const char *);
LWB_HIDDEN int __lwb_wcsftime_plain(const wchar_t *);
LWB_HIDDEN size_t __lwb_gnu_strftime(char *restrict, size_t, const char *restrict,
	const struct tm *restrict);

#endif
