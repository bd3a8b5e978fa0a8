/*
 * Read a small kernel file (/proc, /sys) whole, as a string.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "getconf.h"

/* At most max bytes, NUL-terminated; NULL if the file cannot be read.
 * The kernel hands such a file over in one read: a short read is the end. */
char *read_small_file(const char *path, size_t max)
{
	char *buf = malloc(max + 1);
	size_t have = 0;
	ssize_t n = 0;
	int fd;

	if (!buf)
		return NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		free(buf);
		return NULL;
	}
	while (have < max) {
		size_t want = max - have;

		n = read(fd, buf + have, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		have += n;
		if ((size_t)n < want)
			break;
	}
	close(fd);
	if (n < 0) {
		free(buf);
		return NULL;
	}
	buf[have] = 0;
	return buf;
}
