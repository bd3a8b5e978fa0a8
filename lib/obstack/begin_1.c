#include <obstack.h>
#include "chunk.h"

int _obstack_begin_1(struct obstack *h, int size, int alignment,
	void *(*chunkfun)(void *, long), void (*freefun)(void *, void *), void *arg)
{
	return __lwb_obstack_start(h, size, alignment,
		(struct _obstack_chunk *(*)(void *, long))chunkfun,
		(void (*)(void *, struct _obstack_chunk *))freefun, arg, 1);
}
