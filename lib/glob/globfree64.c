#define _GNU_SOURCE
#include "glob_impl.h"

/* Reached through -Wl,--wrap=globfree64. glob64_t has glob_t's layout
 * (checked in glob64.c). */
void __wrap_globfree64(glob64_t *g)
{
	__lwb_globfree((glob_t *)g);
}
