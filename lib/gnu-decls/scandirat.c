#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct order {
	int (*cmp)(const struct dirent **, const struct dirent **);
};

/* qsort hands out pointers to the array's elements, each a struct
 * dirent *, which cmp takes as const struct dirent **. */
static int by_order(const void *a, const void *b, void *order)
{
	const struct dirent *const *x = a, *const *y = b;
	const struct dirent *da = *x, *db = *y;

	return ((struct order *)order)->cmp(&da, &db);
}

static void free_names(struct dirent **names, size_t count)
{
	while (count)
		free(names[--count]);
	free(names);
}

/* scandir, for path relative to dirfd (or to the working directory with
 * AT_FDCWD, or an absolute path). The entries sel accepts (all of them,
 * "." and "..", when sel is NULL) are copied, sorted by cmp if given. */
int scandirat(int dirfd, const char *path, struct dirent ***res,
	int (*sel)(const struct dirent *),
	int (*cmp)(const struct dirent **, const struct dirent **))
{
	int fd = openat(dirfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	struct dirent **names = NULL, **grown, *de;
	size_t count = 0, cap = 0;
	struct order order = {cmp};
	int saved = errno;
	DIR *d;

	if (fd < 0)
		return -1;
	if (!(d = fdopendir(fd))) {
		saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	for (;;) {
		errno = 0;
		if (!(de = readdir(d)))
			break;
		if (sel && !sel(de))
			continue;
		if (count == cap) {
			cap = cap ? 2 * cap : 16;
			if (!(grown = realloc(names, cap * sizeof *names)))
				goto fail;
			names = grown;
		}
		if (count == INT_MAX) {
			errno = EOVERFLOW;
			goto fail;
		}
		if (!(names[count] = malloc(de->d_reclen)))
			goto fail;
		memcpy(names[count++], de, de->d_reclen);
	}
	if (errno)
		goto fail;
	closedir(d);
	if (cmp)
		qsort_r(names, count, sizeof *names, by_order, &order);
	*res = names;
	errno = saved;
	return (int)count;
fail:
	saved = errno;
	closedir(d);
	free_names(names, count);
	errno = saved;
	return -1;
}
