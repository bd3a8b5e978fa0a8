#include <stdlib.h>
#include "../lwb.h"
#include "runtime.h"

void *__real_memalign(size_t, size_t);

void *__wrap_memalign(size_t align, size_t size)
{
	return __real_memalign(__lwb_glibc_alignment(align), size);
}
