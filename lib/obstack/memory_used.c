#include <limits.h>
#include <obstack.h>

/* The bytes of every chunk, headers included, as glibc counts them. */
int _obstack_memory_used(struct obstack *h)
{
	unsigned long total = 0;

	for (struct _obstack_chunk *c = h->chunk; c; c = c->prev)
		total += (unsigned long)(c->limit - (char *)c);
	return total > INT_MAX ? INT_MAX : (int)total;
}
