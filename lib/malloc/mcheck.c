#include <mcheck.h>

/* As glibc 2.36 without libc_malloc_debug.so preloaded: checking cannot be
 * turned on. musl has no debugging allocator to turn on. */
int mcheck(void (*abortfunc)(enum mcheck_status))
{
	(void)abortfunc;
	return -1;
}
