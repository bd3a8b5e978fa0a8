#define _GNU_SOURCE
#include <sys/stat.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
#include "stat64_layout.h"

/* The two structures are one layout (checked in stat64_layout.h), and musl
 * fills the caller's memory from inside the C library, out of any
 * compiler's sight: the pointer is passed on as it is. */
int stat64(const char *restrict path, struct stat64 *restrict st)
{
	return stat(path, (struct stat *)st);
}
#endif
