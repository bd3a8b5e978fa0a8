#include <mcheck.h>

/* glibc 2.36 traces only with libc_malloc_debug.so preloaded; without it
 * mtrace does nothing, even with MALLOC_TRACE set. musl has no allocator
 * hooks to trace with. */
void mtrace(void)
{
}
