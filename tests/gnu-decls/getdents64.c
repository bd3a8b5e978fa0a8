/*
 * glibc's getdents64: ssize_t getdents64(int, void *, size_t), reading the
 * kernel's linux_dirent64 records, with the system call's errors and
 * glibc's acceptance of buffer sizes beyond an unsigned int.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"

/* The prototype is glibc's. */
static ssize_t (*const check_type)(int, void *, size_t) = getdents64;

/* Entries read into buf, walked as struct dirent: with _GNU_SOURCE on
 * glibc, and always on musl, it has the record's layout (struct dirent64,
 * which <dirent.h> gives with libwildebeest-lfs64 on musl). */
static int walk(const char *buf, ssize_t n, int *found)
{
	int count = 0;

	for (ssize_t off = 0; off < n;) {
		const struct dirent *d = (const void *)(buf + off);
		ck_assert_uint_ge(d->d_reclen, offsetof(struct dirent, d_name) + 1);
		if (!strcmp(d->d_name, "alpha") || !strcmp(d->d_name, "beta")) {
			ck_assert_int_eq(d->d_type, DT_REG);
			found[d->d_name[0] == 'b']++;
		} else if (!strcmp(d->d_name, "gamma")) {
			ck_assert_int_eq(d->d_type, DT_DIR);
			found[2]++;
		}
		off += d->d_reclen;
		count++;
	}
	return count;
}

START_TEST(reads_entries)
{
	char *dir = lwbt_tmpdir();
	char buf[4096];
	int found[3] = {0}, fd, total = 0;
	ssize_t n;

	lwbt_touch(dir, "alpha");
	lwbt_touch(dir, "beta");
	lwbt_mkdir(dir, "gamma", 0755);
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	ck_assert_int_ge(fd, 0);
	while ((n = getdents64(fd, buf, sizeof buf)) > 0)
		total += walk(buf, n, found);
	ck_assert_int_eq(n, 0);
	ck_assert_int_eq(total, 5);
	ck_assert(found[0] == 1 && found[1] == 1 && found[2] == 1);
	/* Sizes beyond an unsigned int read as much as there is. */
	ck_assert_int_eq(lseek(fd, 0, SEEK_SET), 0);
	n = getdents64(fd, buf, SIZE_MAX);
	ck_assert_int_gt(n, 0);
	ck_assert_int_eq(lseek(fd, 0, SEEK_SET), 0);
	ck_assert_int_gt(getdents64(fd, buf, (size_t)1 << 32), 0);
	close(fd);
	(void)check_type;
	lwbt_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(errors)
{
	char buf[4096];
	int fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int file = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);

	ck_assert(fd >= 0 && file >= 0);
	errno = 0;
	ck_assert_int_eq(getdents64(fd, buf, 10), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(getdents64(fd, buf, 0), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(getdents64(-1, buf, sizeof buf), -1);
	ck_assert_int_eq(errno, EBADF);
	errno = 0;
	ck_assert_int_eq(getdents64(file, buf, sizeof buf), -1);
	ck_assert_int_eq(errno, ENOTDIR);
	errno = 0;
	ck_assert_int_eq(getdents64(fd, (void *)8, sizeof buf), -1);
	ck_assert_int_eq(errno, EFAULT);
	close(fd);
	close(file);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("gnu_decls_getdents64");
	TCase *tc = tcase_create("getdents64");

	tcase_add_test(tc, reads_entries);
	tcase_add_test(tc, errors);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
