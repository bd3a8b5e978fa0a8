#include <wchar.h>
#include "runtime.h"

/* The conversions musl formats exactly as glibc when they stand bare, with
 * no flag, width or E/O modifier. %k, %l, %P (musl rejects them) and %s
 * (glibc's is mktime of the fields, musl's uses tm_gmtoff) and %Z (glibc
 * prints tm_zone, musl only a zone name it knows) are not here. */
static const unsigned char plain[128] = {
	['a'] = 1, ['A'] = 1, ['b'] = 1, ['B'] = 1, ['c'] = 1, ['C'] = 1,
	['d'] = 1, ['D'] = 1, ['e'] = 1, ['F'] = 1, ['g'] = 1, ['G'] = 1,
	['h'] = 1, ['H'] = 1, ['I'] = 1, ['j'] = 1, ['m'] = 1, ['M'] = 1,
	['n'] = 1, ['p'] = 1, ['r'] = 1, ['R'] = 1, ['S'] = 1, ['t'] = 1,
	['T'] = 1, ['u'] = 1, ['U'] = 1, ['V'] = 1, ['w'] = 1, ['W'] = 1,
	['x'] = 1, ['X'] = 1, ['y'] = 1, ['Y'] = 1, ['z'] = 1,
	['%'] = 1,
};

/* Whether musl's strftime gives glibc's result for every conversion in
 * fmt, so that the whole call can go to musl unchanged. */
int __lwb_strftime_plain(const char *fmt)
{
	unsigned char c;

	/* A plain loop: formats are short and full of conversions, where
	 * strchr's setup per call costs more than it saves. */
	for (; *fmt; fmt++) {
		if (*fmt != '%')
			continue;
		c = *++fmt;
		if (c >= 128 || !plain[c])
			return 0;
	}
	return 1;
}

int __lwb_wcsftime_plain(const wchar_t *fmt)
{
	wchar_t c;

	for (; *fmt; fmt++) {
		if (*fmt != L'%')
			continue;
		c = *++fmt;
		if (c < 0 || c >= 128 || !plain[c])
			return 0;
	}
	return 1;
}
