#include <stdlib.h>
#include "stdlib_impl.h"

void __real_qsort(void *, size_t, size_t, int (*)(const void *, const void *));

static int call(const void *a, const void *b, void *cmp)
{
	return (*(int (**)(const void *, const void *))cmp)(a, b);
}

/* Reached through -Wl,--wrap=qsort. glibc's qsort is a merge sort, so
 * elements that compare equal keep their order; test suites (bcftools,
 * jq) expect that order and musl's smoothsort does not give it. When the
 * merge sort's buffer cannot be had, musl's sort does the work, as glibc
 * falls back to an unstable quicksort. */
void __wrap_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	if (__lwb_merge_sort(base, n, size, call, &cmp))
		__real_qsort(base, n, size, cmp);
}
