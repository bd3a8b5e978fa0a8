#include <string.h>
#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fputs_unlocked. glibc returns 1 on success (musl 0),
 * writes nothing for "" and succeeds even on a stream it cannot write,
 * unless the stream is wide-oriented. Written as the one fwrite_unlocked it is,
 * without a call to musl's fputs_unlocked; a string larger than the buffer
 * (any string on an unbuffered stream) goes out in one write(2), as on glibc. */
int __wrap_fputs_unlocked(const char *s, FILE *f)
{
	size_t len = strlen(s);

	if (!len)
		return fwide(f, -1) < 0 ? 1 : EOF;
	if (__lwb_stdio_write(s, len, f) != len)
		return __lwb_write_failed(f);
	return 1;
}
