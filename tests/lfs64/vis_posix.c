/* POSIX alone: none of the large-file names, but glibc's F_*LK64 and
 * _LFS* announcements, which it gives in every mode. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#if defined stat64 || defined statfs64 || defined statvfs64 || defined dirent64 || defined flock64 \
	|| defined rlimit64 || defined RLIM64_INFINITY || defined off64_t
#error "large-file macros without _LARGEFILE64_SOURCE"
#endif
#if !defined F_GETLK64 || !defined F_SETLK64 || !defined F_SETLKW64
#error "glibc defines F_GETLK64 and its kin in every mode"
#endif
#if !defined _LFS64_LARGEFILE || !defined _LFS_LARGEFILE || !defined _LFS64_STDIO
#error "glibc announces large files in every mode"
#endif

/* Each compiles only while the name is not declared. */
static int off64_t, ino64_t, blkcnt64_t, fsblkcnt64_t, fsfilcnt64_t, fpos64_t, rlim64_t;
static int fopen64, freopen64, tmpfile64, fgetpos64, fsetpos64, fseeko64, ftello64;
static int lseek64, pread64, pwrite64, truncate64, ftruncate64, lockf64;
static int open64, openat64, creat64, posix_fadvise64, posix_fallocate64, fcntl64;
static int stat64, fstat64, lstat64, fstatat64, statfs64, fstatfs64, fstatvfs64, readdir64, readdir64_r;
static int mmap64, getrlimit64, setrlimit64, mkstemp64, getdents64;

int vis_posix(void)
{
	return off64_t + ino64_t + blkcnt64_t + fsblkcnt64_t + fsfilcnt64_t + fpos64_t
		+ rlim64_t + fopen64 + freopen64 + tmpfile64 + fgetpos64 + fsetpos64
		+ fseeko64 + ftello64 + lseek64 + pread64 + pwrite64 + truncate64
		+ ftruncate64 + lockf64 + open64 + openat64 + creat64 + posix_fadvise64
		+ posix_fallocate64 + fcntl64 + stat64 + fstat64 + lstat64 + fstatat64 + statfs64 + fstatfs64 + fstatvfs64
		+ readdir64 + readdir64_r + mmap64 + getrlimit64 + setrlimit64 + mkstemp64
		+ getdents64 + F_GETLK64 - 5;
}
