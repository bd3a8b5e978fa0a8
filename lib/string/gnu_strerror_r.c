#include <string.h>
#include "text.h"

/* The GNU strerror_r, which <string.h> binds for _GNU_SOURCE callers: a
 * known value's text is returned as it is and buf is not touched; an
 * unknown value's "Unknown error N" is written to buf, cut to fit, and buf
 * is returned. */
char *__lwb_gnu_strerror_r(int e, char *buf, size_t size)
{
	char unknown[LWB_TEXT_BUF];
	const char *text = __lwb_strerror_text(e, unknown);
	size_t len;

	if (text != unknown)
		return (char *)text;
	if (size) {
		len = strlen(text);
		if (len >= size)
			len = size - 1;
		memcpy(buf, text, len);
		buf[len] = 0;
	}
	return buf;
}
