#include <stdlib.h>

void *__real_realloc(void *, size_t);

/* glibc frees the block and returns NULL for realloc(p, 0); musl returns a
 * new minimal block, which code written for glibc leaks. */
void *__wrap_realloc(void *p, size_t n)
{
	if (n == 0 && p) {
		free(p);
		return 0;
	}
	return __real_realloc(p, n);
}
