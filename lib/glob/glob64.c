#define _GNU_SOURCE
#include <stddef.h>
#include "glob_impl.h"

/* glob64_t is glob_t under another tag, its callbacks taking the 64-bit
 * names of the same types (musl's struct stat is already 64-bit): glob
 * reads and writes it as a glob_t. */
#define LWB_SAME_GLOB_MEMBER(m) (offsetof(glob64_t, m) == offsetof(glob_t, m) \
	&& sizeof(((glob64_t *)0)->m) == sizeof(((glob_t *)0)->m))
_Static_assert(sizeof(glob64_t) == sizeof(glob_t) && _Alignof(glob64_t) == _Alignof(glob_t)
	&& LWB_SAME_GLOB_MEMBER(gl_pathc) && LWB_SAME_GLOB_MEMBER(gl_pathv)
	&& LWB_SAME_GLOB_MEMBER(gl_offs) && LWB_SAME_GLOB_MEMBER(gl_flags)
	&& LWB_SAME_GLOB_MEMBER(gl_closedir) && LWB_SAME_GLOB_MEMBER(gl_readdir)
	&& LWB_SAME_GLOB_MEMBER(gl_opendir) && LWB_SAME_GLOB_MEMBER(gl_lstat)
	&& LWB_SAME_GLOB_MEMBER(gl_stat),
	"glob64_t has glob_t's layout");

/* Reached through -Wl,--wrap=glob64. */
int __wrap_glob64(const char *pattern, int flags, int (*errfunc)(const char *, int), glob64_t *g)
{
	return __lwb_glob(pattern, flags, errfunc, (glob_t *)g);
}
