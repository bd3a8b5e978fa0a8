#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <unistd.h>

/* glibc's: the records getdents64 reads, and in *basep the directory
 * offset they start at (left alone when nothing could be read). As on
 * glibc the read decides the error: a pipe is ENOTDIR, not lseek's ESPIPE. */
ssize_t getdirentries(int fd, char *buf, size_t nbytes, off_t *basep)
{
	int saved = errno;
	off_t base = lseek(fd, 0, SEEK_CUR);
	ssize_t n;

	errno = saved;
	n = getdents64(fd, buf, nbytes);
	if (n >= 0)
		*basep = base;
	return n;
}
