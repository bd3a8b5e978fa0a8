#include <obstack.h>
#include "chunk.h"

int _obstack_begin_1(struct obstack *h, int size, int alignment,
	void *(*chunkfun)(void *, long), void (*freefun)(void *, void *), void *arg)
{
	return __lwb_obstack_start(h, size, alignment,
		(struct _obstack_chunk *(*)(void *, long))(void (*)(void))chunkfun,
		(void (*)(void *, struct _obstack_chunk *))(void (*)(void))freefun, arg, 1);
}

/* The plain name as well (<obstack.h> binds callers to __lwb_obstack_begin_1). */
extern __typeof__(_obstack_begin_1) __lwb_plain_obstack_begin_1 __asm__("_obstack_begin_1")
	__attribute__((__alias__("__lwb_obstack_begin_1")));
