#define _GNU_SOURCE
#include <stdint.h>
#include <stdio_ext.h>
#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fwrite. Nothing to write is success, with no
 * error set even on a stream that cannot be written (musl sets one). Data
 * larger than the buffer (all data on an unbuffered stream) goes out in
 * one write(2), as on glibc (write_direct.c). */
size_t __wrap_fwrite(const void *p, size_t size, size_t n, FILE *f)
{
	size_t r;

	if (!size || !n)
		return 0;
	if (n > SIZE_MAX / size || size * n <= __fbufsize(f)) {
		r = __real_fwrite(p, size, n, f);
	} else {
		flockfile(f);
		r = __lwb_stdio_write(p, size * n, f) / size;
		funlockfile(f);
	}
	if (r == n)
		return r;
	__lwb_write_failed(f);
	return r;
}
