#define _GNU_SOURCE
#include <stdlib.h>
#include "stdlib_impl.h"

void __real_qsort_r(void *, size_t, size_t, int (*)(const void *, const void *, void *), void *);

/* Reached through -Wl,--wrap=qsort_r (GNU argument order, as musl's). */
void __wrap_qsort_r(void *base, size_t n, size_t size,
	int (*cmp)(const void *, const void *, void *), void *arg)
{
	if (__lwb_merge_sort(base, n, size, cmp, arg))
		__real_qsort_r(base, n, size, cmp, arg);
}
