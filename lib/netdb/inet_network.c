#include <stdint.h>
#include "db.h"

static int digit(int c, unsigned base)
{
	unsigned d = (unsigned)c - '0' < 10 ? (unsigned)c - '0'
		: ((unsigned)c | 32) - 'a' < 6 ? ((unsigned)c | 32) - 'a' + 10 : 99;

	return d < base ? (int)d : -1;
}

/* glibc's inet_network, as observed: up to four parts separated by dots,
 * each decimal, octal (leading 0) or hexadecimal (0x, or a bare x: glibc
 * reads "10.xda" as 10.218), accumulated in 32
 * bits (so a long part wraps) and then at most 255; trailing whitespace is
 * allowed; INADDR_NONE for anything else. The parts are right-justified:
 * "10.1" is 0x0a01. */
unsigned long __lwb_inet_network(const char *s)
{
	uint32_t val = 0;
	int parts = 0;

	for (;;) {
		uint32_t part = 0;
		unsigned base = 10;
		int d, digits = 0;

		if (*s == '0') {
			base = 8;
			s++;
			digits = 1;
			if (*s == 'x' || *s == 'X') {
				base = 16;
				s++;
				digits = 0;
			}
		} else if (*s == 'x' || *s == 'X') {
			base = 16;
			s++;
		}
		for (; (d = digit(*s, base)) >= 0; s++, digits++)
			part = part * base + (uint32_t)d;
		if (!digits || part > 255 || parts == 4)
			return 0xffffffff;
		val = val << 8 | part;
		parts++;
		if (*s != '.')
			break;
		s++;
	}
	while (*s == ' ' || (unsigned)*s - '\t' < 5)
		s++;
	return *s ? 0xffffffff : val;
}
