#include <stdint.h>
#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fwrite_unlocked. Nothing to write is success, with no
 * error set even on a stream that cannot be written (musl sets one). Data
 * larger than the buffer goes out in one write(2), as on glibc. */
size_t __wrap_fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f)
{
	size_t r;

	if (!size || !n)
		return 0;
	if (n > SIZE_MAX / size)
		r = __real_fwrite_unlocked(p, size, n, f);
	else
		r = __lwb_stdio_write(p, size * n, f) / size;
	if (r == n)
		return r;
	__lwb_write_failed(f);
	return r;
}
