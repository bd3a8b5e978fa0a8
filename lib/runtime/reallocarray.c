#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

/* musl's reallocarray calls its own realloc, which the wrap never sees, so
 * reallocarray(p, 0, n) kept musl's realloc(p, 0); glibc frees there too. */
void *__wrap_reallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size) {
		errno = ENOMEM;
		return 0;
	}
	return realloc(p, n * size);
}
