#define _GNU_SOURCE
#include <sys/statvfs.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
/* <sys/statvfs.h> makes statvfs64 a name for statvfs, the function and the
 * structure; this is the symbol, for code that declares it itself. */
#undef statvfs64
int statvfs64(const char *restrict path, struct statvfs *restrict buf);

int statvfs64(const char *restrict path, struct statvfs *restrict buf)
{
	return statvfs(path, buf);
}
#endif
