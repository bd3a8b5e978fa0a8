/*
 * The copy behind obstack_grow, obstack_grow0, obstack_copy and
 * obstack_copy0: obstack objects are mostly a few dozen bytes, which
 * musl's memcpy is slow at (see ../copy.h; about a fifth of the time of
 * building short strings on an obstack).
 */
#include <obstack.h>
#include "../copy.h"

void *__lwb_obstack_memcpy(void *dst, const void *src, size_t n)
{
	return lwb_copy(dst, src, n);
}
