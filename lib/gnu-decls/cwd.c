#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cwd.h"

/* Prepend "/" and name to the path held at the end of *buf (from *start to
 * *cap), growing the buffer leftwards. */
static int prepend(char **buf, size_t *start, size_t *cap, const char *name)
{
	size_t len = strlen(name) + 1;

	if (len > *start) {
		size_t used = *cap - *start;
		size_t ncap = (*cap + len) * 2;
		char *nbuf = malloc(ncap);
		if (!nbuf)
			return -1;
		memcpy(nbuf + ncap - used, *buf + *start, used);
		free(*buf);
		*buf = nbuf;
		*start = ncap - used;
		*cap = ncap;
	}
	*start -= len;
	(*buf)[*start] = '/';
	memcpy(*buf + *start + 1, name, len - 1);
	return 0;
}

/* The name under which the directory dir (open as pfd) holds cur. A mount
 * root's entry in its parent carries the covered inode, so on another
 * device every entry is looked at. */
static int find_name(int pfd, const struct stat *up, const struct stat *cur,
	char **buf, size_t *start, size_t *cap)
{
	int rfd = openat(pfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d;
	struct dirent *e;
	struct stat st;
	int found = -1, saved;

	if (rfd < 0)
		return -1;
	if (!(d = fdopendir(rfd))) {
		saved = errno;
		close(rfd);
		errno = saved;
		return -1;
	}
	errno = 0;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (up->st_dev == cur->st_dev && e->d_ino != cur->st_ino)
			continue;
		if (fstatat(pfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW))
			continue;
		if (st.st_dev == cur->st_dev && st.st_ino == cur->st_ino) {
			found = prepend(buf, start, cap, e->d_name);
			break;
		}
	}
	saved = e || errno ? errno : ENOENT;
	closedir(d);
	if (found)
		errno = saved;
	return found;
}

/* Walks up with "..", naming each directory in its parent, as glibc's
 * getcwd does where the kernel's answer does not fit in PATH_MAX. */
char *__lwb_getcwd_long(void)
{
	size_t cap = 256, start = cap;
	char *buf = malloc(cap), *path;
	int fd = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC), pfd, saved;
	struct stat cur, up;

	if (!buf || fd < 0 || fstat(fd, &cur))
		goto fail;
	for (;;) {
		if ((pfd = openat(fd, "..", O_PATH | O_DIRECTORY | O_CLOEXEC)) < 0)
			goto fail;
		close(fd);
		fd = pfd;
		if (fstat(fd, &up))
			goto fail;
		if (up.st_dev == cur.st_dev && up.st_ino == cur.st_ino)
			break;
		if (find_name(fd, &up, &cur, &buf, &start, &cap))
			goto fail;
		cur = up;
	}
	close(fd);
	if (start == cap && prepend(&buf, &start, &cap, ""))
		goto fail;
	path = strndup(buf + start, cap - start);
	free(buf);
	return path;
fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	free(buf);
	errno = saved;
	return NULL;
}
