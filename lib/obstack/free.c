/*
 * Frees obj and everything allocated after it: the chunks above obj's are
 * freed and obj becomes the start of the current object. A null obj frees
 * every chunk (the obstack must be started again before use). A pointer
 * that is in no chunk aborts, as in glibc, after freeing the chunks.
 */
#include <obstack.h>
#include <stdint.h>
#include <stdlib.h>
#include "chunk.h"

void obstack_free(struct obstack *h, void *obj)
{
	struct _obstack_chunk *chunk = h->chunk;
	uintptr_t p = (uintptr_t)obj;

	while (chunk && (p <= (uintptr_t)chunk || p > (uintptr_t)chunk->limit)) {
		struct _obstack_chunk *prev = chunk->prev;

		__lwb_obstack_chunk_free(h, chunk);
		chunk = prev;
		/* An empty object may now sit at the start of this chunk. */
		h->maybe_empty_object = 1;
	}
	h->chunk = chunk;
	if (chunk) {
		h->object_base = h->next_free = obj;
		h->chunk_limit = chunk->limit;
	} else {
		h->object_base = h->next_free = h->chunk_limit = NULL;
		if (obj)
			abort();
	}
}

/* glibc exports both names for the one function. */
void _obstack_free(struct obstack *, void *) __attribute__((__alias__("obstack_free")));
