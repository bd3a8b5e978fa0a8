/* Chunk allocation shared by the obstack functions. Internal. */
#ifndef LWB_OBSTACK_CHUNK_H
#define LWB_OBSTACK_CHUNK_H

#include <obstack.h>
#include <stdint.h>
#include "../lwb.h"

/* glibc's defaults on this machine: 4064-byte chunks (4096 less malloc's
 * overhead), objects aligned for any type. */
#define OBSTACK_DEFAULT_SIZE 4064
#define OBSTACK_HEADER offsetof(struct _obstack_chunk, contents)

/* p rounded up to the obstack's alignment, as an address (not as an
 * offset in the chunk: a chunk allocator may return odd addresses). */
static inline uintptr_t __lwb_obstack_align(const struct obstack *h, const void *p)
{
	uintptr_t mask = (uintptr_t)h->alignment_mask;

	return ((uintptr_t)p + mask) & ~mask;
}

LWB_HIDDEN int __lwb_obstack_start(struct obstack *h, int size, int alignment,
	struct _obstack_chunk *(*chunkfun)(void *, long),
	void (*freefun)(void *, struct _obstack_chunk *), void *arg, int use_arg);
LWB_HIDDEN struct _obstack_chunk *__lwb_obstack_chunk_alloc(struct obstack *h, long size);
LWB_HIDDEN void __lwb_obstack_chunk_free(struct obstack *h, struct _obstack_chunk *chunk);
/* Calls obstack_alloc_failed_handler; aborts if it returns. */
LWB_HIDDEN _Noreturn void __lwb_obstack_fail(void);

#endif
