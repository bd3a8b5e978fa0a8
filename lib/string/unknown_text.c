#include <string.h>
#include "text.h"

char *__lwb_unknown_text(char *buf, const char *prefix, int n)
{
	char digits[12];
	size_t len = strlen(prefix), k = 0;
	/* In unsigned arithmetic, so that INT_MIN has a magnitude. */
	unsigned magnitude = n < 0 ? 0u - (unsigned)n : (unsigned)n;

	do
		digits[k++] = (char)('0' + magnitude % 10);
	while (magnitude /= 10);
	memcpy(buf, prefix, len);
	if (n < 0)
		buf[len++] = '-';
	while (k)
		buf[len++] = digits[--k];
	buf[len] = 0;
	return buf;
}
