/* The one pass over a format on every call: does it hold anything glibc
 * reads differently from musl? Most formats do not, and go to musl as they
 * are. */
#define _GNU_SOURCE
#include <string.h>
#include "format.h"

/* Conversions that need no further look when they follow the '%' directly:
 * both libcs print them alike whatever the argument. */
static const unsigned char plain[256] = {
	['d'] = 1, ['i'] = 1, ['o'] = 1, ['u'] = 1, ['x'] = 1, ['X'] = 1,
	['e'] = 1, ['E'] = 1, ['f'] = 1, ['F'] = 1, ['g'] = 1, ['G'] = 1,
	['a'] = 1, ['A'] = 1, ['c'] = 1, ['s'] = 1, ['n'] = 1, ['m'] = 1,
	['%'] = 1, ['C'] = 1,
};

int __lwb_printf_scan(const char *s)
{
	struct lwb_spec sp;
	char len[3];
	int need = 0, type;

	while ((s = strchr(s, '%'))) {
		if (plain[(unsigned char)s[1]]) {
			s += 2;
			continue;
		}
		if (!(s = __lwb_printf_spec(s, &sp)))
			return 0;
		need |= __lwb_printf_class(&sp, len, &type);
	}
	return need;
}
