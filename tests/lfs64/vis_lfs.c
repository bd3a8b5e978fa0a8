/* _LARGEFILE64_SOURCE with POSIX: the large-file names of POSIX functions,
 * not those of BSD, XSI or GNU ones. */
#define _LARGEFILE64_SOURCE 1
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#if !defined RLIM64_INFINITY
#error "RLIM64_INFINITY under _LARGEFILE64_SOURCE"
#endif

/* These compile only while declared, with glibc's types. */
static off64_t off;
static ino64_t ino;
static blkcnt64_t blk;
static fsblkcnt64_t fsblk;
static fsfilcnt64_t fsfil;
fpos64_t lwbt_vis_pos;
static rlim64_t rlim;
static struct stat64 st;
static struct statvfs64 vfs;
static struct flock64 lk;
static struct rlimit64 rl;
static struct dirent64 *de;
static FILE *(*const p_fopen64)(const char *, const char *) = fopen64;
static off64_t (*const p_ftello64)(FILE *) = ftello64;
static off64_t (*const p_lseek64)(int, off64_t, int) = lseek64;
static ssize_t (*const p_pread64)(int, void *, size_t, off64_t) = pread64;
static int (*const p_truncate64)(const char *, off64_t) = truncate64;
static int (*const p_open64)(const char *, int, ...) = open64;
static int (*const p_posix_fallocate64)(int, off64_t, off64_t) = posix_fallocate64;
static int (*const p_stat64)(const char *, struct stat64 *) = stat64;
static int (*const p_fstat64)(int, struct stat64 *) = fstat64;
static int (*const p_lstat64)(const char *, struct stat64 *) = lstat64;
static int (*const p_fstatat64)(int, const char *, struct stat64 *, int) = fstatat64;
static int (*const p_fstatvfs64)(int, struct statvfs64 *) = fstatvfs64;
static struct dirent64 *(*const p_readdir64)(DIR *) = readdir64;
static void *(*const p_mmap64)(void *, size_t, int, int, int, off64_t) = mmap64;
static int (*const p_mkstemp64)(char *) = mkstemp64;

/* These compile only while not: BSD, XSI and GNU names. */
static int lockf64, fallocate64, alphasort64, versionsort64, scandir64, scandirat64;
static int getdirentries64, prlimit64, preadv64, pwritev64, mkostemp64, mkstemps64;
static int mkostemps64, getdents64;

int vis_lfs(void)
{
	return (int)(off + (off64_t)ino + (off64_t)blk + (off64_t)fsblk + (off64_t)fsfil
		+ (off64_t)rlim) + (int)st.st_size + (int)vfs.f_bsize
		+ lk.l_type + (int)rl.rlim_cur + (de != 0) + (p_fopen64 == 0) + (p_ftello64 == 0)
		+ (p_lseek64 == 0) + (p_pread64 == 0) + (p_truncate64 == 0) + (p_open64 == 0)
		+ (p_posix_fallocate64 == 0) + (p_stat64 == 0) + (p_fstat64 == 0) + (p_lstat64 == 0)
		+ (p_fstatat64 == 0) + (p_fstatvfs64 == 0)
		+ (p_readdir64 == 0) + (p_mmap64 == 0) + (p_mkstemp64 == 0) + (int)sizeof(lwbt_vis_pos) - (int)sizeof(fpos_t)
		+ lockf64 + fallocate64 + alphasort64 + versionsort64 + scandir64 + scandirat64
		+ getdirentries64 + prlimit64 + preadv64 + pwritev64 + mkostemp64 + mkstemps64
		+ mkostemps64 + getdents64;
}
