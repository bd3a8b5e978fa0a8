#include <stdlib.h>
#include "../lwb.h"
#include "runtime.h"

void *__real_aligned_alloc(size_t, size_t);

void *__wrap_aligned_alloc(size_t align, size_t size)
{
	return __real_aligned_alloc(__lwb_glibc_alignment(align), size);
}
