#define _GNU_SOURCE
#include <dirent.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
/* readdir_r is deprecated on glibc too; this is its *64 name. */
#if defined __GNUC__ || defined __clang__
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif

int readdir64_r(DIR *restrict d, struct dirent *restrict entry,
	struct dirent **restrict result)
{
	return readdir_r(d, entry, result);
}
#endif
