#include <limits.h>
#include <stdlib.h>
#include <wchar.h>
#include "runtime.h"

#define OUT_LIMIT (1 << 20)

size_t __real_wcsftime(wchar_t *restrict, size_t, const wchar_t *restrict,
	const struct tm *restrict);

/* The wide form of the GNU path: the format goes to a multibyte string,
 * through the same layout as strftime, and back. */
size_t __wrap_wcsftime(wchar_t *restrict ws, size_t max, const wchar_t *restrict wfmt,
	const struct tm *restrict tm)
{
	const wchar_t *wp = wfmt;
	const char *p;
	char *fmt, *out = 0;
	size_t n, fmtlen, outmax, r = 0;
	mbstate_t st = { 0 };

	if (__lwb_wcsftime_plain(wfmt))
		return __real_wcsftime(ws, max, wfmt, tm);
	fmtlen = wcsrtombs(0, &wp, 0, &st);
	if (fmtlen == (size_t)-1)
		return 0;
	/* Room for max characters of the longest encoding, up to 1 MiB. */
	outmax = max < OUT_LIMIT / MB_LEN_MAX ? max * MB_LEN_MAX : OUT_LIMIT;
	fmt = malloc(fmtlen + 1);
	if (fmt)
		out = malloc(outmax ? outmax : 1);
	if (!out)
		goto done;
	wp = wfmt;
	wcsrtombs(fmt, &wp, fmtlen + 1, &st);
	n = __lwb_gnu_strftime(out, outmax, fmt, tm);
	if (n || max == 0) {
		p = out;
		r = n ? mbsrtowcs(ws, &p, max, &st) : 0;
		/* Too long for max wide characters, or not multibyte text. */
		if (r == (size_t)-1 || r >= max || p)
			r = 0;
	}
done:
	free(fmt);
	free(out);
	return r;
}
