#include <obstack.h>
#include <stdint.h>

/* 1 if obj lies in one of the obstack's chunks: after a chunk's first
 * byte, up to and including its end. */
int _obstack_allocated_p(struct obstack *h, void *obj)
{
	uintptr_t p = (uintptr_t)obj;

	for (struct _obstack_chunk *c = h->chunk; c; c = c->prev)
		if (p > (uintptr_t)c && p <= (uintptr_t)c->limit)
			return 1;
	return 0;
}
