#define _GNU_SOURCE
#include <dirent.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
struct dirent *readdir64(DIR *d)
{
	return readdir(d);
}
#endif
