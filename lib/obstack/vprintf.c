#define _GNU_SOURCE
#include <limits.h>
#include <obstack.h>
#include <stdarg.h>
#include <stdio.h>

/* Formats onto the end of the current object (no terminating zero is
 * added to it) and returns the length, or -1 if the format fails. The
 * output is written straight into the chunk; when it does not fit, the
 * object moves to a chunk where it does and the format is run again. */
int obstack_vprintf(struct obstack *h, const char *format, va_list ap)
{
	size_t room = (size_t)(h->chunk_limit - h->next_free);
	va_list again;
	int n;

	/* musl's vsnprintf refuses sizes above INT_MAX. */
	if (room > INT_MAX)
		room = INT_MAX;
	va_copy(again, ap);
	n = vsnprintf(room ? h->next_free : NULL, room, format, ap);
	if (n >= 0 && (size_t)n >= room) {
		_obstack_newchunk(h, (ptrdiff_t)n + 1);
		n = vsnprintf(h->next_free, (size_t)n + 1, format, again);
	}
	va_end(again);
	if (n < 0)
		return -1;
	h->next_free += n;
	return n;
}
