#define _GNU_SOURCE
#include <sys/statfs.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
/* <sys/statfs.h> makes statfs64 a name for statfs, the function and the
 * structure; this is the symbol, for code that declares it itself. */
#undef statfs64
int statfs64(const char *restrict path, struct statfs *restrict buf);

int statfs64(const char *restrict path, struct statfs *restrict buf)
{
	return statfs(path, buf);
}
#endif
