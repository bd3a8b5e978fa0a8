#define _GNU_SOURCE
#include <stdlib.h>
#include "glob_impl.h"

/* As glibc: each path, then the vector; gl_pathv becomes null, gl_pathc
 * stays. */
void __lwb_globfree(glob_t *g)
{
	if (!g->gl_pathv)
		return;
	for (size_t i = 0; i < g->gl_pathc; i++)
		free(g->gl_pathv[g->gl_offs + i]);
	free(g->gl_pathv);
	g->gl_pathv = 0;
}

/* Reached through -Wl,--wrap=globfree. */
void __wrap_globfree(glob_t *g)
{
	__lwb_globfree(g);
}
