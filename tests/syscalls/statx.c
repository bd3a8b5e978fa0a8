/* statx against fstatat, on a dangling link and on bad input, and glibc's
 * fallback when the kernel (or a seccomp filter) refuses statx. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "sctest.h"

static char *dir;
/* A null pointer the compiler cannot see, and statx called through a
 * pointer without glibc's nonnull attributes (which UBSan enforces). */
static void *volatile null;
static int (*volatile statx_call)(int, const char *, int, unsigned int, struct statx *) = statx;

static void setup(void)
{
	int fd;

	dir = lwbt_tmpdir();
	ck_assert(chdir(dir) == 0);
	fd = open("file", O_WRONLY | O_CREAT | O_EXCL, 0640);
	ck_assert(fd >= 0);
	ck_assert(write(fd, "0123456789", 10) == 10);
	close(fd);
	lwbt_symlink(dir, "/nonexistent/target", "dangling");
	lwbt_symlink(dir, "file", "link");
	lwbt_mkdir(dir, "sub", 0755);
}

static void teardown(void)
{
	ck_assert(chdir("/") == 0);
	lwbt_rmtree(dir);
	free(dir);
}

/* The fields both statx and fstatat report agree. */
static void same_as_stat(const struct statx *x, const struct stat *st)
{
	ck_assert_uint_eq(x->stx_mode, st->st_mode);
	ck_assert_uint_eq(x->stx_ino, st->st_ino);
	ck_assert_uint_eq(x->stx_nlink, st->st_nlink);
	ck_assert_uint_eq(x->stx_uid, st->st_uid);
	ck_assert_uint_eq(x->stx_gid, st->st_gid);
	ck_assert_uint_eq(x->stx_size, (unsigned long long)st->st_size);
	ck_assert_uint_eq(x->stx_blocks, (unsigned long long)st->st_blocks);
	ck_assert_uint_eq(x->stx_blksize, st->st_blksize);
	ck_assert_int_eq(x->stx_mtime.tv_sec, st->st_mtim.tv_sec);
	ck_assert_uint_eq(x->stx_mtime.tv_nsec, st->st_mtim.tv_nsec);
	ck_assert_int_eq(x->stx_ctime.tv_sec, st->st_ctim.tv_sec);
	ck_assert_uint_eq(x->stx_dev_major, major(st->st_dev));
	ck_assert_uint_eq(x->stx_dev_minor, minor(st->st_dev));
	ck_assert_uint_eq(x->stx_rdev_major, major(st->st_rdev));
	ck_assert_uint_eq(x->stx_rdev_minor, minor(st->st_rdev));
}

static void expect(int dirfd, const char *path, int flags, const struct stat *st)
{
	struct statx x;

	memset(&x, 0xa5, sizeof x);
	ck_assert_msg(statx(dirfd, path, flags, STATX_BASIC_STATS, &x) == 0, "%s: %s", path, strerror(errno));
	ck_assert_uint_eq(x.stx_mask & STATX_BASIC_STATS, STATX_BASIC_STATS);
	same_as_stat(&x, st);
}

static void expect_error(int dirfd, const char *path, int flags, unsigned int mask, int err)
{
	struct statx x;

	memset(&x, 0xa5, sizeof x);
	errno = 0;
	ck_assert_int_eq(statx(dirfd, path, flags, mask, &x), -1);
	ck_assert_msg(errno == err, "%s: errno %d, expected %d", path, errno, err);
	/* Nothing written on failure. */
	ck_assert_uint_eq(x.stx_mask, 0xa5a5a5a5);
}

/* The cases the kernel and glibc's fallback answer the same way. */
static void common_cases(void)
{
	struct stat st;
	int fd;

	ck_assert(stat("file", &st) == 0);
	expect(AT_FDCWD, "file", 0, &st);
	expect(AT_FDCWD, "link", 0, &st);
	expect(AT_FDCWD, "file", AT_NO_AUTOMOUNT, &st);
	fd = open("file", O_RDONLY);
	ck_assert(fd >= 0);
	expect(fd, "", AT_EMPTY_PATH, &st);
	ck_assert(lstat("link", &st) == 0);
	expect(AT_FDCWD, "link", AT_SYMLINK_NOFOLLOW, &st);
	/* A dangling link: itself with AT_SYMLINK_NOFOLLOW, ENOENT without. */
	ck_assert(lstat("dangling", &st) == 0);
	expect(AT_FDCWD, "dangling", AT_SYMLINK_NOFOLLOW, &st);
	ck_assert(S_ISLNK(st.st_mode));
	ck_assert_int_eq(st.st_size, strlen("/nonexistent/target"));
	expect_error(AT_FDCWD, "dangling", 0, STATX_BASIC_STATS, ENOENT);
	ck_assert(stat("sub", &st) == 0);
	expect(open("sub", O_RDONLY | O_DIRECTORY), "", AT_EMPTY_PATH, &st);
	expect(AT_FDCWD, "/dev/null", 0, (stat("/dev/null", &st), &st));
	ck_assert(S_ISCHR(st.st_mode));
	expect_error(AT_FDCWD, "missing", 0, STATX_BASIC_STATS, ENOENT);
	expect_error(AT_FDCWD, "", 0, STATX_BASIC_STATS, ENOENT);
	expect_error(AT_FDCWD, "file/x", 0, STATX_BASIC_STATS, ENOTDIR);
	expect_error(fd, "x", 0, STATX_BASIC_STATS, ENOTDIR);
	expect_error(9999, "x", 0, STATX_BASIC_STATS, EBADF);
	expect_error(AT_FDCWD, "file", 0x40000000, STATX_BASIC_STATS, EINVAL);
	expect_error(AT_FDCWD, "file", AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC, STATX_BASIC_STATS, EINVAL);
	close(fd);
}

START_TEST(statx_as_the_kernel_answers)
{
	struct statx x;
	struct stat st;

	common_cases();
	ck_assert(stat("file", &st) == 0);
	expect(AT_FDCWD, "file", AT_STATX_FORCE_SYNC, &st);
	expect(AT_FDCWD, "file", AT_STATX_DONT_SYNC, &st);
	/* Only the kernel knows the mount and the birth time it can report. */
	ck_assert(statx(AT_FDCWD, "file", 0, STATX_ALL | STATX_MNT_ID, &x) == 0);
	ck_assert(x.stx_mask & STATX_MNT_ID);
	ck_assert_uint_gt(x.stx_mnt_id, 0);
	ck_assert(statx(AT_FDCWD, "file", 0, 0, &x) == 0);
	expect_error(AT_FDCWD, "file", 0, STATX__RESERVED, EINVAL);
	errno = 0;
	ck_assert_int_eq(statx_call(AT_FDCWD, "file", 0, STATX_BASIC_STATS, null), -1);
	ck_assert_int_eq(errno, EFAULT);
	errno = 0;
	ck_assert_int_eq(statx_call(AT_FDCWD, null, 0, STATX_BASIC_STATS, &x), -1);
	ck_assert_int_eq(errno, EFAULT);
}
END_TEST

/* glibc's fallback: fstatat's fields, the mask always STATX_BASIC_STATS
 * whatever was asked, everything else zero, errno left as the refused call
 * set it. */
START_TEST(statx_without_the_system_call)
{
	struct statx x;
	struct stat st;

	sct_deny(SYS_statx, ENOSYS);
	common_cases();
	memset(&x, 0xa5, sizeof x);
	errno = 0;
	ck_assert(statx(AT_FDCWD, "file", 0, STATX_ALL | STATX_MNT_ID, &x) == 0);
	ck_assert_int_eq(errno, ENOSYS);
	ck_assert_uint_eq(x.stx_mask, STATX_BASIC_STATS);
	ck_assert(stat("file", &st) == 0);
	same_as_stat(&x, &st);
	ck_assert_uint_eq(x.stx_attributes, 0);
	ck_assert_uint_eq(x.stx_attributes_mask, 0);
	ck_assert_int_eq(x.stx_btime.tv_sec, 0);
	ck_assert_uint_eq(x.stx_btime.tv_nsec, 0);
	ck_assert_uint_eq(x.stx_mnt_id, 0);
	ck_assert_uint_eq(x.stx_atime.tv_nsec, st.st_atim.tv_nsec);
	/* fstatat has no sync flags: glibc refuses them. */
	expect_error(AT_FDCWD, "file", AT_STATX_FORCE_SYNC, STATX_BASIC_STATS, EINVAL);
	expect_error(AT_FDCWD, "file", AT_STATX_DONT_SYNC, STATX_BASIC_STATS, EINVAL);
	/* The mask is not looked at, not even its reserved bit. */
	ck_assert(statx(AT_FDCWD, "file", 0, STATX__RESERVED, &x) == 0);
	ck_assert_uint_eq(x.stx_mask, STATX_BASIC_STATS);
	errno = 0;
	ck_assert_int_eq(statx_call(AT_FDCWD, null, 0, STATX_BASIC_STATS, &x), -1);
	ck_assert_int_eq(errno, EFAULT);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("statx");
	TCase *tc = tcase_create("statx");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, statx_as_the_kernel_answers);
	tcase_add_test(tc, statx_without_the_system_call);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
