#include <stdint.h>
#include <stddef.h>
#include "../lwb.h"
#include "runtime.h"

/* glibc's aligned_alloc and memalign take any alignment and round it up to
 * the next power of two (3 gives 4, 24 gives 32, measured); musl rejects
 * what is not a power of two with EINVAL. An alignment with no power of
 * two above it is passed on, for the allocator's own error. */
size_t __lwb_glibc_alignment(size_t align)
{
	size_t pow2 = 1;

	if ((align & (align - 1)) == 0)
		return align;
	while (pow2 < align && pow2 <= SIZE_MAX / 2)
		pow2 <<= 1;
	return pow2 < align ? align : pow2;
}
