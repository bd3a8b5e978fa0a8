#include <obstack.h>
#include "chunk.h"

int _obstack_begin(struct obstack *h, int size, int alignment,
	void *(*chunkfun)(long), void (*freefun)(void *))
{
	return __lwb_obstack_start(h, size, alignment,
		(struct _obstack_chunk *(*)(void *, long))chunkfun,
		(void (*)(void *, struct _obstack_chunk *))freefun, NULL, 0);
}
