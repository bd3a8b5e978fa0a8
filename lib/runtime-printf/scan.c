/* The rest of the pass over a format, from the first conversion that does
 * not follow its '%' directly: does the format hold anything glibc reads
 * differently from musl? Each conversion is classed by a table walk; one
 * that may need something is read in full by __lwb_printf_spec. */
#define _GNU_SOURCE
#include "format.h"

/* Conversions that need no further look when they follow the '%' directly:
 * both libcs print them alike whatever the argument. Not %m: musl prints
 * its own strerror text, out of reach of a wrapped strerror. */
const unsigned char __lwb_printf_plain[256] = {
	['d'] = 1, ['i'] = 1, ['o'] = 1, ['u'] = 1, ['x'] = 1, ['X'] = 1,
	['e'] = 1, ['E'] = 1, ['f'] = 1, ['F'] = 1, ['g'] = 1, ['G'] = 1,
	['a'] = 1, ['A'] = 1, ['c'] = 1, ['s'] = 1, ['n'] = 1,
	['%'] = 1, ['C'] = 1,
};

enum { SKIP = 1, INT, FLT, CHR, STR, MOD };

static const unsigned char kind[256] = {
	['-'] = SKIP, ['+'] = SKIP, [' '] = SKIP, ['#'] = SKIP, ['\''] = SKIP,
	['0'] = SKIP, ['1'] = SKIP, ['2'] = SKIP, ['3'] = SKIP, ['4'] = SKIP,
	['5'] = SKIP, ['6'] = SKIP, ['7'] = SKIP, ['8'] = SKIP, ['9'] = SKIP,
	['.'] = SKIP, ['*'] = SKIP, ['$'] = SKIP,
	['d'] = INT, ['i'] = INT, ['o'] = INT, ['u'] = INT, ['x'] = INT, ['X'] = INT, ['n'] = INT,
	['e'] = FLT, ['E'] = FLT, ['f'] = FLT, ['F'] = FLT, ['g'] = FLT, ['G'] = FLT,
	['a'] = FLT, ['A'] = FLT,
	['c'] = CHR, ['s'] = STR,
	['h'] = MOD, ['l'] = MOD, ['j'] = MOD, ['z'] = MOD, ['t'] = MOD, ['L'] = MOD,
};

/* The needs of the format from s on, each specification read in full. */
static int need(const char *s)
{
	struct lwb_spec sp;
	char len[3];
	int r = 0, type;

	while (*s) {
		if (*s++ != '%')
			continue;
		if (!(s = __lwb_printf_spec(s - 1, &sp)))
			return 0;
		r |= __lwb_printf_class(&sp, len, &type);
	}
	return r;
}

/* s points at a '%'. */
int __lwb_printf_scan(const char *s)
{
	for (;;) {
		const char *p = s + 1;
		unsigned char m0 = 0, m1 = 0;
		int k, dot = 0;

		if (__lwb_printf_plain[(unsigned char)*p])
			goto next;
		while (kind[(unsigned char)*p] == SKIP)
			dot |= *p++ == '.';
		if (kind[(unsigned char)*p] == MOD) {
			m0 = *p++;
			if (*p == m0)
				m1 = *p++;
		}
		/* Known alike: integers with a C modifier but L, floating
		 * conversions with none, l or L, %lc, %s with neither modifier
		 * nor precision. Anything else is looked at closely. */
		k = kind[(unsigned char)*p];
		if (k == INT ? m0 == 'L' :
		    k == FLT ? m1 || (m0 && m0 != 'l' && m0 != 'L') :
		    k == CHR ? m1 || (m0 && m0 != 'l') :
		    k == STR ? m0 || dot : 1)
			return need(s);
next:
		for (s = p + 1; *s != '%'; s++)
			if (!*s)
				return 0;
	}
}
