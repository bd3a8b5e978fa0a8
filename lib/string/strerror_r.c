#include <errno.h>
#include <string.h>
#include "text.h"

/* Reached through -Wl,--wrap=strerror_r: the XSI version, which every
 * caller that did not ask for _GNU_SOURCE gets (musl's only one). As
 * glibc's __xpg_strerror_r: the text, cut to fit, and ERANGE when it did
 * not fit; "Unknown error N", cut to fit, and EINVAL for a value it does
 * not know. errno is left alone. */
#ifdef __GLIBC__
/* The sanitizer configuration links this for glibc, whose strerror_r
 * symbol is the GNU version (its XSI one is __xpg_strerror_r): there the
 * wrap must keep meaning GNU. */
char *__wrap_strerror_r(int e, char *buf, size_t size)
{
	return __lwb_gnu_strerror_r(e, buf, size);
}
#else
int __wrap_strerror_r(int e, char *buf, size_t size)
{
	char unknown[LWB_TEXT_BUF];
	const char *text = __lwb_strerror_text(e, unknown);
	size_t len = strlen(text);

	if (size) {
		size_t n = len < size ? len : size - 1;

		memcpy(buf, text, n);
		buf[n] = 0;
	}
	if (text == unknown)
		return EINVAL;
	return len < size ? 0 : ERANGE;
}
#endif
