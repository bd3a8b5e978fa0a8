#define _GNU_SOURCE
#include <sys/stat.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
/* <sys/stat.h> makes stat64 a name for stat, the function and the structure;
 * this is the symbol, for code that declares it itself. */
#undef stat64
int stat64(const char *restrict path, struct stat *restrict buf);

int stat64(const char *restrict path, struct stat *restrict buf)
{
	return stat(path, buf);
}
#endif
