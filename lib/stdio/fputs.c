#define _GNU_SOURCE
#include <stdio_ext.h>
#include <string.h>
#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fputs. glibc returns 1 on success (musl 0),
 * writes nothing for "" and succeeds even on a stream it cannot write,
 * unless the stream is wide-oriented. Written as the one fwrite it is,
 * without a call to musl's fputs, so the wrapper adds next to nothing;
 * a string larger than the buffer (any string on an unbuffered stream)
 * goes out in one write(2), as on glibc (write_direct.c). */
int __wrap_fputs(const char *s, FILE *f)
{
	size_t len = strlen(s), r;

	if (!len)
		return fwide(f, -1) < 0 ? 1 : EOF;
	if (len <= __fbufsize(f)) {
		r = __real_fwrite(s, 1, len, f);
	} else {
		flockfile(f);
		r = __lwb_stdio_write(s, len, f);
		funlockfile(f);
	}
	if (r != len)
		return __lwb_write_failed(f);
	return 1;
}
