/*
 * What an LD_PRELOAD library written for glibc does (kmod's testsuite has
 * one): define stat and stat64, lstat and lstat64, statfs and statfs64,
 * fstatfs and fstatfs64 side by side, each pair with its own structure.
 * This builds only where, as on glibc, the *64 names are not macros for
 * the others and struct stat64 and struct statfs64 are types of their own. Built as a shared object and opened with RTLD_LOCAL by
 * wrap_both_test.c, so its stat stands in for nobody's.
 *
 * Each returns 32 or 64 on success, to show which one ran.
 */
/* With _FILE_OFFSET_BITS=64 (meson's default) glibc makes stat itself an
 * alias of stat64; such a library undefines it, as kmod's does. */
#undef _FILE_OFFSET_BITS
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>

#if defined stat64 || defined lstat64 || defined fstat64 || defined fstatat64
#error "stat64 and its kin are functions, not macros, on glibc"
#endif
#if defined statfs64 || defined fstatfs64
#error "statfs64 and fstatfs64 are functions, not macros, on glibc"
#endif

int stat(const char *restrict path, struct stat *restrict st)
{
	return fstatat(AT_FDCWD, path, st, 0) ? -1 : 32;
}

int lstat(const char *restrict path, struct stat *restrict st)
{
	return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW) ? -1 : 32;
}

int stat64(const char *restrict path, struct stat64 *restrict st)
{
	return fstatat64(AT_FDCWD, path, st, 0) ? -1 : 64;
}

int lstat64(const char *restrict path, struct stat64 *restrict st)
{
	return fstatat64(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW) ? -1 : 64;
}

/* Each reports the file system type it saw, plus 32 or 64. */
int statfs(const char *path, struct statfs *buf)
{
	return fstatat(AT_FDCWD, path, &(struct stat){0}, 0) ? -1
		: (buf->f_type = 0x3232, 32);
}

int statfs64(const char *path, struct statfs64 *buf)
{
	return fstatat64(AT_FDCWD, path, &(struct stat64){0}, 0) ? -1
		: (buf->f_type = 0x6464, 64);
}

int fstatfs(int fd, struct statfs *buf)
{
	return fcntl(fd, F_GETFD) < 0 ? -1 : (buf->f_type = 0x3232, 32);
}

int fstatfs64(int fd, struct statfs64 *buf)
{
	return fcntl(fd, F_GETFD) < 0 ? -1 : (buf->f_type = 0x6464, 64);
}
