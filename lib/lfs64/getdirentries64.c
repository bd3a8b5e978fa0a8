#define _GNU_SOURCE
#include <dirent.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
/* From libwildebeest-gnu-decls, which this module requires. */
ssize_t getdirentries(int, char *, size_t, off_t *);

ssize_t getdirentries64(int fd, char *buf, size_t nbytes, off_t *basep)
{
	return getdirentries(fd, buf, nbytes, basep);
}
#endif
