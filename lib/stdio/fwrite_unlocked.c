#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fwrite_unlocked. Nothing to write is success, with no
 * error set even on a stream that cannot be written (musl sets one). */
size_t __wrap_fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f)
{
	size_t r;

	if (!size || !n)
		return 0;
	r = __real_fwrite_unlocked(p, size, n, f);
	if (r == n)
		return r;
	__lwb_write_failed(f);
	return r;
}
