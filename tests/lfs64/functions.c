/*
 * glibc's *64 large-file interface under _GNU_SOURCE: the prototypes are
 * glibc's (each function is assigned to a pointer of glibc's type, which
 * compiles only if they agree), the types are glibc's sizes, and every
 * function works past 4 GiB (on a sparse file) and fails as glibc's does.
 * On musl 1.2.4 and later none of these exists without libwildebeest.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"

/* Functions, as on glibc: musl 1.2.3's macros are gone (and musl 1.2.4's
 * symbols were never needed: tests/lfs64/imports.py checks the binary). */
#if defined lseek64 || defined pread64 || defined open64 || defined fopen64 \
	|| defined readdir64 || defined mmap64 || defined getrlimit64 \
	|| defined stat64 || defined fstat64 || defined lstat64 || defined fstatat64 \
	|| defined off64_t || defined ino64_t || defined fpos64_t || defined rlim64_t
#error "the *64 functions and types are not macros on glibc"
#endif

/* struct stat64 is a structure of its own, as on glibc, not another name
 * for struct stat (wrap_both.c shows what that is for). */
_Static_assert(_Generic((struct stat64 *)0, struct stat *: 0, default: 1),
	"struct stat64 is not struct stat");

#define BIG ((off64_t)5 << 30)	/* 5 GiB: past every 32-bit offset */

/* glibc's prototypes; these compile only where the headers agree. */
static FILE *(*const p_fopen64)(const char *, const char *) = fopen64;
static FILE *(*const p_freopen64)(const char *, const char *, FILE *) = freopen64;
static FILE *(*const p_tmpfile64)(void) = tmpfile64;
static int (*const p_fgetpos64)(FILE *, fpos64_t *) = fgetpos64;
static int (*const p_fsetpos64)(FILE *, const fpos64_t *) = fsetpos64;
static int (*const p_fseeko64)(FILE *, off64_t, int) = fseeko64;
static off64_t (*const p_ftello64)(FILE *) = ftello64;
static off64_t (*const p_lseek64)(int, off64_t, int) = lseek64;
static ssize_t (*const p_pread64)(int, void *, size_t, off64_t) = pread64;
static ssize_t (*const p_pwrite64)(int, const void *, size_t, off64_t) = pwrite64;
static int (*const p_truncate64)(const char *, off64_t) = truncate64;
static int (*const p_ftruncate64)(int, off64_t) = ftruncate64;
static int (*const p_lockf64)(int, int, off64_t) = lockf64;
static int (*const p_open64)(const char *, int, ...) = open64;
static int (*const p_openat64)(int, const char *, int, ...) = openat64;
static int (*const p_creat64)(const char *, mode_t) = creat64;
static int (*const p_posix_fadvise64)(int, off64_t, off64_t, int) = posix_fadvise64;
static int (*const p_posix_fallocate64)(int, off64_t, off64_t) = posix_fallocate64;
static int (*const p_fallocate64)(int, int, off64_t, off64_t) = fallocate64;
static int (*const p_fcntl64)(int, int, ...) = fcntl64;
static int (*const p_stat64)(const char *, struct stat64 *) = stat64;
static int (*const p_fstat64)(int, struct stat64 *) = fstat64;
static int (*const p_lstat64)(const char *, struct stat64 *) = lstat64;
static int (*const p_fstatat64)(int, const char *, struct stat64 *, int) = fstatat64;
static int (*const p_statfs64)(const char *, struct statfs64 *) = statfs64;
static int (*const p_fstatfs64)(int, struct statfs64 *) = fstatfs64;
static int (*const p_statvfs64)(const char *, struct statvfs64 *) = statvfs64;
static int (*const p_fstatvfs64)(int, struct statvfs64 *) = fstatvfs64;
static struct dirent64 *(*const p_readdir64)(DIR *) = readdir64;
static int (*const p_alphasort64)(const struct dirent64 **, const struct dirent64 **) = alphasort64;
static int (*const p_versionsort64)(const struct dirent64 **, const struct dirent64 **) = versionsort64;
static int (*const p_scandir64)(const char *, struct dirent64 ***,
	int (*)(const struct dirent64 *),
	int (*)(const struct dirent64 **, const struct dirent64 **)) = scandir64;
static int (*const p_scandirat64)(int, const char *, struct dirent64 ***,
	int (*)(const struct dirent64 *),
	int (*)(const struct dirent64 **, const struct dirent64 **)) = scandirat64;
static ssize_t (*const p_getdirentries64)(int, char *, size_t, off64_t *) = getdirentries64;
static void *(*const p_mmap64)(void *, size_t, int, int, int, off64_t) = mmap64;
static ssize_t (*const p_sendfile64)(int, int, off64_t *, size_t) = sendfile64;
static ssize_t (*const p_preadv64)(int, const struct iovec *, int, off64_t) = preadv64;
static ssize_t (*const p_pwritev64)(int, const struct iovec *, int, off64_t) = pwritev64;
static int (*const p_mkstemp64)(char *) = mkstemp64;
static int (*const p_mkostemp64)(char *, int) = mkostemp64;
static int (*const p_mkstemps64)(char *, int) = mkstemps64;
static int (*const p_mkostemps64)(char *, int, int) = mkostemps64;

static char *dir;

static char *in_dir(const char *name)
{
	return lwbt_path(dir, name);
}

START_TEST(types)
{
	ck_assert_uint_eq(sizeof(off64_t), 8);
	ck_assert_uint_eq(sizeof(ino64_t), 8);
	ck_assert_uint_eq(sizeof(blkcnt64_t), 8);
	ck_assert_uint_eq(sizeof(fsblkcnt64_t), 8);
	ck_assert_uint_eq(sizeof(fsfilcnt64_t), 8);
	ck_assert_uint_eq(sizeof(rlim64_t), 8);
	ck_assert_int_lt((off64_t)-1, 0);
	ck_assert_uint_eq(sizeof(fpos64_t), sizeof(fpos_t));
	ck_assert_uint_eq(sizeof(struct stat64), sizeof(struct stat));
	ck_assert_uint_eq(sizeof(((struct stat64 *)0)->st_size), 8);
	ck_assert_uint_eq(sizeof(((struct dirent64 *)0)->d_ino), 8);
	ck_assert_uint_eq(sizeof(((struct rlimit64 *)0)->rlim_cur), 8);
	ck_assert_uint_eq(sizeof(((struct flock64 *)0)->l_start), 8);
	ck_assert_uint_eq(sizeof(((struct statvfs64 *)0)->f_blocks), 8);
	ck_assert(RLIM64_INFINITY == (rlim64_t)-1);
	ck_assert(_Generic(RLIM64_INFINITY, unsigned long long: 1, default: 0));
	ck_assert_int_eq(F_GETLK64, 5);
	ck_assert_int_eq(F_SETLK64, 6);
	ck_assert_int_eq(F_SETLKW64, 7);
	ck_assert_int_eq(_LFS64_LARGEFILE, 1);
	ck_assert_int_eq(_LFS64_STDIO, 1);
	ck_assert_int_eq(_LFS64_ASYNCHRONOUS_IO, 1);
	ck_assert_int_eq(_LFS_LARGEFILE, 1);
	ck_assert_int_eq(_LFS_ASYNCHRONOUS_IO, 1);
}
END_TEST

START_TEST(descriptors_past_4g)
{
	char *path = in_dir("big");
	char buf[8] = {0};
	struct stat64 st;
	int fd = p_open64(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(p_lseek64(fd, BIG, SEEK_SET), BIG);
	ck_assert_int_eq(write(fd, "end", 3), 3);
	ck_assert_int_eq(p_lseek64(fd, 0, SEEK_END), BIG + 3);
	ck_assert_int_eq(p_pwrite64(fd, "xy", 2, BIG + 10), 2);
	ck_assert_int_eq(p_pread64(fd, buf, 2, BIG + 10), 2);
	ck_assert_str_eq(buf, "xy");
	ck_assert_int_eq(p_fstat64(fd, &st), 0);
	ck_assert_int_eq(st.st_size, BIG + 12);
	ck_assert_int_eq(p_stat64(path, &st), 0);
	ck_assert_int_eq(st.st_size, BIG + 12);
	ck_assert_int_eq(p_ftruncate64(fd, 2 * BIG), 0);
	ck_assert_int_eq(p_lstat64(path, &st), 0);
	ck_assert_int_eq(st.st_size, 2 * BIG);
	ck_assert_int_eq(p_truncate64(path, BIG + 1), 0);
	ck_assert_int_eq(p_fstatat64(AT_FDCWD, path, &st, 0), 0);
	ck_assert_int_eq(st.st_size, BIG + 1);
	{
		char a[2] = "A", b[2] = "B";
		struct iovec out[2] = {{a, 1}, {b, 1}}, in[2];
		char c[2] = {0}, d[2] = {0};
		in[0].iov_base = c;
		in[0].iov_len = 1;
		in[1].iov_base = d;
		in[1].iov_len = 1;
		ck_assert_int_eq(p_pwritev64(fd, out, 2, BIG + 100), 2);
		ck_assert_int_eq(p_preadv64(fd, in, 2, BIG + 100), 2);
		ck_assert(c[0] == 'A' && d[0] == 'B');
	}
	{
		/* A mapping at an offset past 4 GiB. */
		char *m = p_mmap64(NULL, 4096, PROT_READ, MAP_SHARED, fd, BIG + 4096 * 0);
		ck_assert_ptr_ne(m, MAP_FAILED);
		ck_assert_int_eq(m[0], 'e');
		munmap(m, 4096);
	}
	{
		/* sendfile64 from an offset past 4 GiB, which it advances. */
		char *copy = in_dir("copy");
		int out = creat64(copy, 0600);
		off64_t off = BIG;
		ck_assert_int_ge(out, 0);
		ck_assert_int_eq(p_sendfile64(out, fd, &off, 3), 3);
		ck_assert_int_eq(off, BIG + 3);
		ck_assert_int_eq(p_lseek64(out, 0, SEEK_END), 3);
		close(out);
		free(copy);
	}
	ck_assert_int_eq(p_posix_fadvise64(fd, BIG, 4096, POSIX_FADV_WILLNEED), 0);
	close(fd);
	free(path);
}
END_TEST

/* Every member, not only the size: what stat64 and its kin fill in is what
 * stat and its kin do, for a file past 4 GiB and for a symbolic link. */
static void same_stat(const struct stat64 *a, const struct stat *b)
{
	ck_assert_uint_eq(a->st_dev, b->st_dev);
	ck_assert_uint_eq(a->st_ino, b->st_ino);
	ck_assert_uint_eq(a->st_mode, b->st_mode);
	ck_assert_uint_eq(a->st_nlink, b->st_nlink);
	ck_assert_uint_eq(a->st_uid, b->st_uid);
	ck_assert_uint_eq(a->st_gid, b->st_gid);
	ck_assert_uint_eq(a->st_rdev, b->st_rdev);
	ck_assert_int_eq(a->st_size, b->st_size);
	ck_assert_int_eq(a->st_blksize, b->st_blksize);
	ck_assert_int_eq(a->st_blocks, b->st_blocks);
	ck_assert_int_eq(a->st_atim.tv_sec, b->st_atim.tv_sec);
	ck_assert_int_eq(a->st_atim.tv_nsec, b->st_atim.tv_nsec);
	ck_assert_int_eq(a->st_mtim.tv_sec, b->st_mtim.tv_sec);
	ck_assert_int_eq(a->st_mtim.tv_nsec, b->st_mtim.tv_nsec);
	ck_assert_int_eq(a->st_ctim.tv_sec, b->st_ctim.tv_sec);
	ck_assert_int_eq(a->st_ctim.tv_nsec, b->st_ctim.tv_nsec);
	ck_assert_int_eq(a->st_mtime, b->st_mtime);
}

START_TEST(stat64_is_stat)
{
	char *path = in_dir("big"), *link = in_dir("link");
	struct stat64 st64;
	struct stat st;
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0640);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, BIG + 7), 0);
	ck_assert_int_eq(pwrite(fd, "x", 1, 4096), 1);
	lwbt_symlink(dir, "big", "link");
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_size, BIG + 7);
	ck_assert(S_ISREG(st.st_mode));

	memset(&st64, 0xa5, sizeof st64);
	ck_assert_int_eq(p_stat64(path, &st64), 0);
	same_stat(&st64, &st);
	memset(&st64, 0xa5, sizeof st64);
	ck_assert_int_eq(p_fstat64(fd, &st64), 0);
	same_stat(&st64, &st);
	memset(&st64, 0xa5, sizeof st64);
	ck_assert_int_eq(p_stat64(link, &st64), 0);
	same_stat(&st64, &st);
	memset(&st64, 0xa5, sizeof st64);
	ck_assert_int_eq(p_fstatat64(AT_FDCWD, link, &st64, 0), 0);
	same_stat(&st64, &st);

	ck_assert_int_eq(lstat(link, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	memset(&st64, 0xa5, sizeof st64);
	ck_assert_int_eq(p_lstat64(link, &st64), 0);
	same_stat(&st64, &st);
	memset(&st64, 0xa5, sizeof st64);
	ck_assert_int_eq(p_fstatat64(AT_FDCWD, link, &st64, AT_SYMLINK_NOFOLLOW), 0);
	same_stat(&st64, &st);
	close(fd);
	free(path);
	free(link);
}
END_TEST

START_TEST(streams_past_4g)
{
	char *path = in_dir("stream");
	FILE *f = p_fopen64(path, "w+");
	fpos64_t pos;
	char buf[4] = {0};

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(p_fseeko64(f, BIG, SEEK_SET), 0);
	ck_assert_int_eq(p_ftello64(f), BIG);
	ck_assert_int_ge(fputs("big", f), 0);
	ck_assert_int_eq(p_fgetpos64(f, &pos), 0);
	ck_assert_int_eq(p_fseeko64(f, 0, SEEK_SET), 0);
	ck_assert_int_eq(p_fsetpos64(f, &pos), 0);
	ck_assert_int_eq(p_ftello64(f), BIG + 3);
	ck_assert_int_eq(p_fseeko64(f, -3, SEEK_CUR), 0);
	ck_assert_uint_eq(fread(buf, 1, 3, f), 3);
	ck_assert_str_eq(buf, "big");
	f = p_freopen64(path, "r", f);
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(p_fseeko64(f, 0, SEEK_END), 0);
	ck_assert_int_eq(p_ftello64(f), BIG + 3);
	fclose(f);
	f = p_tmpfile64();
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(p_fseeko64(f, BIG, SEEK_SET), 0);
	ck_assert_int_eq(fputc('x', f), 'x');
	ck_assert_int_eq(p_ftello64(f), BIG + 1);
	fclose(f);
	free(path);
}
END_TEST

START_TEST(opening_and_locking)
{
	char *path = in_dir("locked");
	int fd, dfd, flags, status;
	struct flock64 lk;
	struct stat64 st;
	pid_t child;

	umask(022);
	fd = p_creat64(path, 0666);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(p_fstat64(fd, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0644);
	close(fd);
	dfd = open64(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	fd = p_openat64(dfd, "locked", O_RDWR | O_CLOEXEC);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(p_openat64(dfd, "new", O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600) >= 0, 1);
	ck_assert_int_eq(fstatat64(dfd, "new", &st, 0), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	flags = p_fcntl64(fd, F_GETFL);
	ck_assert_int_eq(flags & O_ACCMODE, O_RDWR);
	ck_assert_int_eq(p_fcntl64(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	/* A lock past 4 GiB, seen from another process. */
	memset(&lk, 0, sizeof lk);
	lk.l_type = F_WRLCK;
	lk.l_whence = SEEK_SET;
	lk.l_start = BIG;
	lk.l_len = 10;
	ck_assert_int_eq(p_fcntl64(fd, F_SETLK64, &lk), 0);
	child = fork();
	ck_assert_int_ge(child, 0);
	if (child == 0) {
		struct flock64 probe;
		memset(&probe, 0, sizeof probe);
		probe.l_type = F_WRLCK;
		probe.l_whence = SEEK_SET;
		probe.l_start = BIG + 5;
		probe.l_len = 1;
		if (fcntl64(fd, F_GETLK64, &probe) || probe.l_type != F_WRLCK
		    || probe.l_start != BIG || probe.l_pid != getppid())
			_exit(1);
		/* lockf64 from here: the region is taken. */
		errno = 0;
		if (lseek64(fd, BIG, SEEK_SET) != BIG || p_lockf64(fd, F_TLOCK, 10) != -1
		    || (errno != EACCES && errno != EAGAIN))
			_exit(2);
		_exit(0);
	}
	ck_assert_int_eq(waitpid(child, &status, 0), child);
	ck_assert_int_eq(status, 0);
	ck_assert_int_eq(p_posix_fallocate64(fd, BIG, 4096), 0);
	ck_assert_int_eq(p_lseek64(fd, 0, SEEK_END), BIG + 4096);
	ck_assert_int_eq(p_fallocate64(fd, FALLOC_FL_KEEP_SIZE, 2 * BIG, 4096), 0);
	ck_assert_int_eq(p_lseek64(fd, 0, SEEK_END), BIG + 4096);
	close(fd);
	close(dfd);
	free(path);
}
END_TEST

static int no_dots(const struct dirent64 *d)
{
	return d->d_name[0] != '.';
}

START_TEST(directories)
{
	struct dirent64 **list, *e, entry, *result;
	int n, dfd, seen = 0;
	char buf[4096];
	off64_t base = -7;
	DIR *d;

	lwbt_touch(dir, "f10");
	lwbt_touch(dir, "f9");
	n = p_scandir64(dir, &list, no_dots, p_versionsort64);
	ck_assert_int_eq(n, 2);
	ck_assert_str_eq(list[0]->d_name, "f9");
	ck_assert_str_eq(list[1]->d_name, "f10");
	free(list[0]);
	free(list[1]);
	free(list);
	dfd = open64(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	n = p_scandirat64(dfd, ".", &list, no_dots, p_alphasort64);
	ck_assert_int_eq(n, 2);
	ck_assert_str_eq(list[0]->d_name, "f10");
	free(list[0]);
	free(list[1]);
	free(list);
	ck_assert_int_gt(p_getdirentries64(dfd, buf, sizeof buf, &base), 0);
	ck_assert_int_eq(base, 0);
	close(dfd);
	d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	while ((e = p_readdir64(d)))
		seen++;
	ck_assert_int_eq(seen, 4);
	rewinddir(d);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
	ck_assert_int_eq(readdir64_r(d, &entry, &result), 0);
#pragma GCC diagnostic pop
	ck_assert_ptr_eq(result, &entry);
	closedir(d);
}
END_TEST

START_TEST(filesystems)
{
	struct statfs64 fs;
	struct statvfs64 vfs;
	int fd = open64(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	ck_assert_int_eq(p_statfs64(dir, &fs), 0);
	ck_assert_int_gt(fs.f_bsize, 0);
	ck_assert_int_eq(p_fstatfs64(fd, &fs), 0);
	ck_assert_int_eq(p_statvfs64(dir, &vfs), 0);
	ck_assert_uint_gt(vfs.f_bsize, 0);
	ck_assert_int_eq(p_fstatvfs64(fd, &vfs), 0);
	close(fd);
}
END_TEST

START_TEST(limits)
{
	struct rlimit64 old, now, set;

	ck_assert_int_eq(getrlimit64(RLIMIT_NOFILE, &old), 0);
	set = old;
	set.rlim_cur = old.rlim_cur > 64 ? 64 : old.rlim_cur;
	ck_assert_int_eq(setrlimit64(RLIMIT_NOFILE, &set), 0);
	ck_assert_int_eq(getrlimit64(RLIMIT_NOFILE, &now), 0);
	ck_assert(now.rlim_cur == set.rlim_cur);
	ck_assert_int_eq(prlimit64(0, RLIMIT_NOFILE, &old, &now), 0);
	ck_assert(now.rlim_cur == set.rlim_cur);
	ck_assert_int_eq(getrlimit64(RLIMIT_NOFILE, &now), 0);
	ck_assert(now.rlim_cur == old.rlim_cur);
	ck_assert_int_eq(getrlimit64(RLIMIT_FSIZE, &now), 0);
	/* The unlimited file size is RLIM64_INFINITY here (tests run without
	 * a file size limit). */
	ck_assert(now.rlim_max == RLIM64_INFINITY);
}
END_TEST

START_TEST(temporary_files)
{
	char t1[64], t2[64], t3[64], t4[64];
	int fd;

	snprintf(t1, sizeof t1, "%s/aXXXXXX", dir);
	snprintf(t2, sizeof t2, "%s/bXXXXXX", dir);
	snprintf(t3, sizeof t3, "%s/cXXXXXX.tmp", dir);
	snprintf(t4, sizeof t4, "%s/dXXXXXX.tmp", dir);
	ck_assert_int_ge(fd = p_mkstemp64(t1), 0);
	close(fd);
	ck_assert_int_ge(fd = p_mkostemp64(t2, O_CLOEXEC), 0);
	ck_assert_int_eq(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	close(fd);
	ck_assert_int_ge(fd = p_mkstemps64(t3, 4), 0);
	ck_assert_str_eq(t3 + strlen(t3) - 4, ".tmp");
	close(fd);
	ck_assert_int_ge(fd = p_mkostemps64(t4, 4, O_CLOEXEC), 0);
	close(fd);
	ck_assert_int_eq(access(t1, F_OK) | access(t2, F_OK) | access(t3, F_OK) | access(t4, F_OK), 0);
}
END_TEST

/* Each fails as glibc's does: the errno of the call it stands for. */
START_TEST(errors)
{
	char buf[16];
	char *none = in_dir("none/x");
	char bad[] = "no-template";
	struct stat64 st;
	struct statfs64 fs;
	struct statvfs64 vfs;
	struct rlimit64 rl = {10, 5};
	FILE *f;

#define FAILS(call, err) do { \
	errno = 0; \
	ck_assert_int_eq((call), -1); \
	ck_assert_int_eq(errno, err); \
} while (0)
	FAILS(lseek64(-1, 0, SEEK_SET), EBADF);
	FAILS(pread64(-1, buf, 1, 0), EBADF);
	FAILS(pwrite64(-1, buf, 1, 0), EBADF);
	FAILS(truncate64(none, 0), ENOENT);
	FAILS(ftruncate64(-1, 0), EBADF);
	FAILS(open64(none, O_RDONLY), ENOENT);
	FAILS(openat64(-1, "x", O_RDONLY), EBADF);
	FAILS(creat64(none, 0600), ENOENT);
	FAILS(fcntl64(-1, F_GETFL), EBADF);
	FAILS(stat64(none, &st), ENOENT);
	FAILS(fstat64(-1, &st), EBADF);
	FAILS(lstat64(none, &st), ENOENT);
	FAILS(fstatat64(-1, "x", &st, 0), EBADF);
	FAILS(statfs64(none, &fs), ENOENT);
	FAILS(fstatfs64(-1, &fs), EBADF);
	FAILS(statvfs64(none, &vfs), ENOENT);
	FAILS(fstatvfs64(-1, &vfs), EBADF);
	FAILS(setrlimit64(RLIMIT_NOFILE, &rl), EINVAL);
	FAILS(prlimit64(-1, RLIMIT_NOFILE, NULL, &rl), ESRCH);
	FAILS(mkstemp64(bad), EINVAL);
	FAILS(lockf64(-1, F_LOCK, 0), EBADF);
	FAILS(fallocate64(-1, 0, 0, 1), EBADF);
	FAILS(sendfile64(-1, -1, NULL, 1), EBADF);
	{
		off64_t base = 0;
		FAILS(getdirentries64(-1, buf, sizeof buf, &base), EBADF);
	}
	/* Negative offsets. */
	{
		char *path = in_dir("neg");
		int fd = open64(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		FAILS(lseek64(fd, -1, SEEK_SET), EINVAL);
		FAILS(pread64(fd, buf, 1, -1), EINVAL);
		FAILS(pwrite64(fd, buf, 1, -1), EINVAL);
		FAILS(ftruncate64(fd, -1), EINVAL);
		/* The posix_ ones return the error instead. */
		ck_assert_int_eq(posix_fallocate64(fd, -1, 1), EINVAL);
		ck_assert_int_eq(posix_fallocate64(-1, 0, 1), EBADF);
		ck_assert_int_eq(posix_fadvise64(-1, 0, 1, POSIX_FADV_NORMAL), EBADF);
		ck_assert_int_eq(posix_fadvise64(fd, 0, 1, 12345), EINVAL);
		close(fd);
		free(path);
	}
	ck_assert_ptr_eq(mmap64(NULL, 4096, PROT_READ, MAP_SHARED, -1, 0), MAP_FAILED);
	ck_assert_int_eq(errno, EBADF);
	errno = 0;
	ck_assert_ptr_eq(mmap64(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 1), MAP_FAILED);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_ptr_null(fopen64(none, "r"));
	ck_assert_int_eq(errno, ENOENT);
	f = tmpfile64();
	errno = 0;
	ck_assert_int_eq(fseeko64(f, -1, SEEK_SET), -1);
	ck_assert_int_eq(errno, EINVAL);
	fclose(f);
	free(none);
#undef FAILS
}
END_TEST

/* On musl struct flock is already 64-bit: fcntl64 is fcntl, with every
 * command's third argument (an int or a pointer) passed on. */
START_TEST(fcntl64_is_fcntl)
{
	char *path = in_dir("fcntl");
	int fd = open(path, O_RDWR | O_CREAT | O_APPEND, 0644);
	struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
	int dup;

	ck_assert(fd >= 0);
	ck_assert_int_eq(p_fcntl64(fd, F_GETFD), 0);
	ck_assert_int_eq(p_fcntl64(fd, F_SETFD, FD_CLOEXEC), 0);
	ck_assert_int_eq(p_fcntl64(fd, F_GETFD), FD_CLOEXEC);
	ck_assert(p_fcntl64(fd, F_GETFL) & O_APPEND);
	dup = p_fcntl64(fd, F_DUPFD_CLOEXEC, 100);
	ck_assert_int_ge(dup, 100);
	ck_assert_int_eq(p_fcntl64(dup, F_GETFD), FD_CLOEXEC);
	ck_assert_int_eq(p_fcntl64(fd, F_SETLK, &lock), 0);
	/* Our own lock does not conflict with us. */
	ck_assert_int_eq(p_fcntl64(fd, F_GETLK, &lock), 0);
	ck_assert_int_eq(lock.l_type, F_UNLCK);
	errno = 0;
	ck_assert_int_eq(p_fcntl64(9999, F_GETFD), -1);
	ck_assert_int_eq(errno, EBADF);
	errno = 0;
	ck_assert_int_eq(p_fcntl64(fd, 0x7fff), -1);
	ck_assert_int_eq(errno, EINVAL);
	close(dup);
	close(fd);
	free(path);
}
END_TEST

static void setup(void)
{
	dir = lwbt_tmpdir();
}

static void teardown(void)
{
	lwbt_rmtree(dir);
	free(dir);
}

int main(void)
{
	Suite *s = suite_create("lfs64_functions");
	TCase *tc = tcase_create("functions");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, types);
	tcase_add_test(tc, descriptors_past_4g);
	tcase_add_test(tc, stat64_is_stat);
	tcase_add_test(tc, streams_past_4g);
	tcase_add_test(tc, opening_and_locking);
	tcase_add_test(tc, directories);
	tcase_add_test(tc, filesystems);
	tcase_add_test(tc, limits);
	tcase_add_test(tc, temporary_files);
	tcase_add_test(tc, errors);
	tcase_add_test(tc, fcntl64_is_fcntl);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
