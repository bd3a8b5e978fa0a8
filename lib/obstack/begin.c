#include <obstack.h>
#include "chunk.h"

int _obstack_begin(struct obstack *h, int size, int alignment,
	void *(*chunkfun)(long), void (*freefun)(void *))
{
	return __lwb_obstack_start(h, size, alignment,
		(struct _obstack_chunk *(*)(void *, long))(void (*)(void))chunkfun,
		(void (*)(void *, struct _obstack_chunk *))(void (*)(void))freefun, NULL, 0);
}

/* The plain name as well (<obstack.h> binds callers to __lwb_obstack_begin). */
extern __typeof__(_obstack_begin) __lwb_plain_obstack_begin __asm__("_obstack_begin")
	__attribute__((__alias__("__lwb_obstack_begin")));
