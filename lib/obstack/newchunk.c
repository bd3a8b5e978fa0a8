/*
 * A new chunk for the current object and length more bytes, of glibc's
 * size: object + length + object / 8 + alignment mask + 100, or the
 * obstack's chunk size if that is larger. The object moves to the new
 * chunk's first aligned address. The old chunk is freed when the object
 * was the only thing in it (it started the chunk and no empty object was
 * finished there, which a caller may still hold). Where the chunk's first
 * object started is remembered in temp.tempptr, which the macros do not
 * use: glibc works it out from the current alignment mask, and frees a
 * chunk still holding objects when the mask was raised since they were
 * made. A length that is negative
 * or would overflow these sums never reaches the allocator: it goes to the
 * failure handler, like an allocation that fails.
 */
#include <limits.h>
#include <obstack.h>
#include <stdint.h>
#include <string.h>
#include "chunk.h"

static int add(size_t *sum, size_t n)
{
	if (*sum > SIZE_MAX - n)
		return -1;
	*sum += n;
	return 0;
}

void _obstack_newchunk(struct obstack *h, ptrdiff_t length)
{
	struct _obstack_chunk *old = h->chunk, *chunk;
	size_t object = (size_t)(h->next_free - h->object_base);
	size_t size = object;
	char *base;

	if (length < 0 || h->alignment_mask < 0 || add(&size, (size_t)length) ||
		add(&size, object >> 3) || add(&size, (size_t)h->alignment_mask) ||
		add(&size, 100))
		__lwb_obstack_fail();
	if (h->chunk_size > 0 && size < (size_t)h->chunk_size)
		size = (size_t)h->chunk_size;
	if (size > LONG_MAX)
		__lwb_obstack_fail();
	chunk = __lwb_obstack_chunk_alloc(h, (long)size);
	if (!chunk)
		__lwb_obstack_fail();
	h->chunk = chunk;
	chunk->prev = old;
	chunk->limit = h->chunk_limit = (char *)chunk + size;
	base = (char *)__lwb_obstack_align(h, chunk->contents);
	if (object)
		memcpy(base, h->object_base, object);
	if (old && !h->maybe_empty_object && h->object_base == h->temp.tempptr) {
		chunk->prev = old->prev;
		__lwb_obstack_chunk_free(h, old);
	}
	h->object_base = base;
	h->temp.tempptr = base;
	h->next_free = base + object;
	h->maybe_empty_object = 0;
}

/* The plain name as well (<obstack.h> binds callers to __lwb_obstack_newchunk). */
extern __typeof__(_obstack_newchunk) __lwb_plain_obstack_newchunk __asm__("_obstack_newchunk")
	__attribute__((__alias__("__lwb_obstack_newchunk")));
