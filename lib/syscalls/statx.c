#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

int __wrap_statx(int, const char *__restrict, int, unsigned int, struct statx *__restrict);

/* What fstatat can answer for, as glibc's fallback: only the flags
 * fstatat knows (a sync request is EINVAL), the basic fields, the requested
 * mask ignored, everything else zero. */
static int statx_from_stat(int dirfd, const char *path, int flags, struct statx *buf)
{
	struct stat st;

	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH)) {
		errno = EINVAL;
		return -1;
	}
	/* What the kernel says to a null path (glibc's fstatat may not be
	 * handed one). */
	if (!path) {
		errno = EFAULT;
		return -1;
	}
	if (fstatat(dirfd, path, &st, flags))
		return -1;
	/* glibc writes through a null buffer and crashes; the kernel says EFAULT. */
	if (!buf) {
		errno = EFAULT;
		return -1;
	}
	memset(buf, 0, sizeof *buf);
	buf->stx_mask = STATX_BASIC_STATS;
	buf->stx_blksize = st.st_blksize;
	buf->stx_nlink = st.st_nlink;
	buf->stx_uid = st.st_uid;
	buf->stx_gid = st.st_gid;
	buf->stx_mode = st.st_mode;
	buf->stx_ino = st.st_ino;
	buf->stx_size = st.st_size;
	buf->stx_blocks = st.st_blocks;
	buf->stx_atime.tv_sec = st.st_atim.tv_sec;
	buf->stx_atime.tv_nsec = st.st_atim.tv_nsec;
	buf->stx_mtime.tv_sec = st.st_mtim.tv_sec;
	buf->stx_mtime.tv_nsec = st.st_mtim.tv_nsec;
	buf->stx_ctime.tv_sec = st.st_ctim.tv_sec;
	buf->stx_ctime.tv_nsec = st.st_ctim.tv_nsec;
	buf->stx_rdev_major = major(st.st_rdev);
	buf->stx_rdev_minor = minor(st.st_rdev);
	buf->stx_dev_major = major(st.st_dev);
	buf->stx_dev_minor = minor(st.st_dev);
	return 0;
}

/* As glibc: the system call, and where the kernel lacks it (before 4.11,
 * or a seccomp filter) the fstatat fallback above. */
int __wrap_statx(int dirfd, const char *__restrict path, int flags, unsigned int mask,
	struct statx *__restrict buf)
{
	long r = syscall(SYS_statx, (long)dirfd, (long)path, (long)flags, (long)mask, (long)buf);

	if (r == 0 || errno != ENOSYS)
		return r;
	return statx_from_stat(dirfd, path, flags, buf);
}
