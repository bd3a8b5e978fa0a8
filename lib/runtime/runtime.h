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

/* A conversion descriptor opened with //TRANSLIT or //IGNORE. The iconv_t
 * handed out is its address plus ICONV_TAG: musl's own descriptors are odd
 * numbers or heap addresses, so (value & 3) == 2 marks libwildebeest's
 * (iconv_open wraps any musl descriptor that would look like one). */
#include <iconv.h>
#include <stdint.h>

#define ICONV_TAG 2

struct lwb_iconv {
	iconv_t plain;		/* a musl descriptor passed through, or -1 */
	iconv_t dec;		/* fromcode to UTF-32LE */
	iconv_t enc;		/* UTF-32LE to tocode */
	int translit, ignore, utf8_locale;
};

static inline struct lwb_iconv *__lwb_iconv_of(iconv_t cd)
{
	return ((uintptr_t)cd & 3) == ICONV_TAG ? (struct lwb_iconv *)((char *)cd - ICONV_TAG) : 0;
}

LWB_HIDDEN const char *__lwb_translit(uint32_t cp, int utf8_locale);

#endif
