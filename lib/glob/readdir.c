/*
 * Reading a directory for glob: through the GLOB_ALTDIRFUNC callbacks when
 * the caller gives them, otherwise straight from getdents64 into one
 * 32 KiB buffer per glob call. musl's readdir reads 2 KiB at a time: for
 * a directory of 10000 names that is some 150 system calls where glibc
 * makes 10, most of glob's time. The kernel's records have struct
 * dirent's layout in both libcs (checked below), so a record is handed on
 * as one, as readdir itself does.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "glob_impl.h"

_Static_assert(offsetof(struct dirent, d_type) == 18 && offsetof(struct dirent, d_name) == 19,
	"struct dirent is not the kernel's dirent64");

struct record {
	unsigned long long ino;
	long long off;
	unsigned short reclen;
};

int __lwb_glob_opendir(struct glob_run *r, const char *path, struct glob_dir *d)
{
	d->r = r;
	d->pos = d->len = 0;
	if (r->alt) {
		d->handle = r->alt->gl_opendir(path);
		return d->handle ? 0 : -1;
	}
	d->fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	return d->fd < 0 ? -1 : 0;
}

struct dirent *__lwb_glob_readdir(struct glob_dir *d)
{
	struct dirent *e;

	if (d->r->alt)
		return (struct dirent *)d->r->alt->gl_readdir(d->handle);
	if (d->pos >= d->len) {
		long n = syscall(SYS_getdents64, d->fd, d->r->dirbuf, LWB_GLOB_DIRBUF);

		if (n <= 0)
			return 0;
		d->len = (size_t)n;
		d->pos = 0;
	}
	e = (struct dirent *)(d->r->dirbuf + d->pos);
	d->pos += ((struct record *)e)->reclen;
	return e;
}

void __lwb_glob_closedir(struct glob_dir *d)
{
	if (d->r->alt)
		d->r->alt->gl_closedir(d->handle);
	else
		close(d->fd);
}
