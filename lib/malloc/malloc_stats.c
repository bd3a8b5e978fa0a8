#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include "brk.h"

/* glibc prints its arenas' figures to stderr. musl has none to print: say
 * so there, with the one figure mallinfo2 can give, and set errno to
 * ENOSYS as mallinfo2 does. */
void malloc_stats(void)
{
	fprintf(stderr, "malloc_stats: musl's allocator keeps no statistics "
		"(%zu bytes from brk)\n", __lwb_brk_bytes());
	errno = ENOSYS;
}
