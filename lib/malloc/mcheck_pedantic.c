#include <mcheck.h>

/* As mcheck: glibc 2.36 without libc_malloc_debug.so returns -1. */
int mcheck_pedantic(void (*abortfunc)(enum mcheck_status))
{
	(void)abortfunc;
	return -1;
}
