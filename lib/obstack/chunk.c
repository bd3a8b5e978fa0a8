/*
 * Starting an obstack, and calling its chunk allocator and deallocator the
 * way it was set up (with or without the extra argument). The struct holds
 * both kinds in one field type, as glibc's does; casts go through
 * void (*)(void), the type C compilers accept any function pointer through.
 */
#include <obstack.h>
#include <stddef.h>
#include <stdlib.h>
#include "chunk.h"

struct _obstack_chunk *__lwb_obstack_chunk_alloc(struct obstack *h, long size)
{
	if (h->use_extra_arg)
		return h->chunkfun(h->extra_arg, size);
	return ((struct _obstack_chunk *(*)(long))(void (*)(void))h->chunkfun)(size);
}

void __lwb_obstack_chunk_free(struct obstack *h, struct _obstack_chunk *chunk)
{
	if (h->use_extra_arg)
		h->freefun(h->extra_arg, chunk);
	else
		((void (*)(void *))(void (*)(void))h->freefun)(chunk);
}

void __lwb_obstack_fail(void)
{
	obstack_alloc_failed_handler();
	/* The handler must exit or jump; glibc goes on with a null chunk
	 * and crashes. Stop here instead, before anything is written. */
	abort();
}

/*
 * The first chunk is chunk_size bytes (4064 when size is 0) and the first
 * object starts at the first aligned address after the chunk's header. A
 * size too small to hold the header is raised to the header's size (glibc
 * writes the header past the end of such a chunk), and an object start
 * past the end of the chunk is pulled back to the end, so the room is never
 * negative. A negative size goes straight to the failure handler.
 */
int __lwb_obstack_start(struct obstack *h, int size, int alignment,
	struct _obstack_chunk *(*chunkfun)(void *, long),
	void (*freefun)(void *, struct _obstack_chunk *), void *arg, int use_arg)
{
	struct _obstack_chunk *chunk;
	long request;
	uintptr_t base;

	if (alignment == 0)
		alignment = _Alignof(max_align_t);
	if (size == 0)
		size = OBSTACK_DEFAULT_SIZE;
	h->chunkfun = chunkfun;
	h->freefun = freefun;
	h->chunk_size = size;
	h->alignment_mask = alignment - 1;
	h->extra_arg = arg;
	h->use_extra_arg = use_arg != 0;
	h->chunk = NULL;
	h->object_base = h->next_free = h->chunk_limit = NULL;
	if (size < 0)
		__lwb_obstack_fail();
	request = size < (long)OBSTACK_HEADER ? (long)OBSTACK_HEADER : size;
	chunk = __lwb_obstack_chunk_alloc(h, request);
	if (!chunk)
		__lwb_obstack_fail();
	h->chunk = chunk;
	chunk->prev = NULL;
	chunk->limit = h->chunk_limit = (char *)chunk + request;
	base = __lwb_obstack_align(h, chunk->contents);
	h->object_base = base > (uintptr_t)h->chunk_limit ? h->chunk_limit : (char *)base;
	h->next_free = h->object_base;
	h->temp.tempptr = h->object_base;	/* see _obstack_newchunk */
	h->maybe_empty_object = 0;
	h->alloc_failed = 0;
	return 1;
}
