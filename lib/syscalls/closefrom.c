#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

/* What getdents64 returns, one record after another. */
struct dirent64_record {
	unsigned long long ino;
	long long off;
	unsigned short reclen;
	unsigned char type;
	char name[];
};

static void fail(void)
{
	static const char msg[] = "*** closefrom failed to close a file descriptor ***: terminated\n";

	write(STDERR_FILENO, msg, sizeof msg - 1);
	abort();
}

/* Make room for one descriptor when the table is full: close the first
 * open one at or above lowfd. */
static void close_one(int lowfd)
{
	for (int fd = lowfd; fd >= 0 && fd < INT_MAX; fd++)
		if (close(fd) == 0 || errno != EBADF)
			return;
}

static int parse_fd(const char *s)
{
	long n = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || n > INT_MAX / 10)
			return -1;
		n = n * 10 + (*s - '0');
	}
	return n > INT_MAX ? -1 : (int)n;
}

/*
 * As glibc 2.36: close_range from lowfd (negative counts as 0) to the top.
 * If the kernel refuses (before 5.9, or a seccomp filter), walk
 * /proc/self/fd and close what is there, with no allocation, so it stays
 * usable between fork and exec. With the descriptor table full, one
 * descriptor is closed first to make room for the directory. If the
 * directory cannot be read there is no way to report it, and carrying on
 * with descriptors open is not safe: abort with glibc's message.
 */
void closefrom(int lowfd)
{
	unsigned int first = lowfd < 0 ? 0 : (unsigned int)lowfd;
	_Alignas(struct dirent64_record) char buf[1024];
	long n;
	int dir;

	if (syscall(SYS_close_range, (long)first, (long)~0U, 0L) == 0)
		return;
	dir = open("/proc/self/fd/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dir < 0 && errno == EMFILE) {
		close_one((int)first);
		dir = open("/proc/self/fd/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	if (dir < 0)
		fail();
	while ((n = syscall(SYS_getdents64, (long)dir, (long)buf, (long)sizeof buf)) > 0) {
		for (long pos = 0; pos < n;) {
			struct dirent64_record *d = (struct dirent64_record *)(buf + pos);
			int fd = parse_fd(d->name);

			if (fd >= (int)first && fd != dir)
				close(fd);
			if (!d->reclen)
				break;
			pos += d->reclen;
		}
	}
	close(dir);
	if (n < 0)
		fail();
}
