#define _GNU_SOURCE
#include "glob_impl.h"

/* Reached through -Wl,--wrap=globfree64. */
void __wrap_globfree64(glob_t *g)
{
	__lwb_globfree(g);
}
