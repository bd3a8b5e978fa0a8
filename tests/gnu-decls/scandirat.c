/*
 * scandirat and getdirentries, glibc's directory readers musl lacks (the
 * *64 forms come from libwildebeest-lfs64 on top of these).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"

static int no_dots(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

static int reversed(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*b)->d_name, (*a)->d_name);
}

static char *setup(void)
{
	char *dir = lwbt_tmpdir();

	lwbt_touch(dir, "b");
	lwbt_touch(dir, "a");
	lwbt_touch(dir, "c");
	lwbt_mkdir(dir, "sub", 0755);
	lwbt_touch(dir, "sub/x");
	return dir;
}

static void free_list(struct dirent **list, int n)
{
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

START_TEST(scandirat_lists)
{
	char *dir = setup();
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	struct dirent **list;
	int n, dots = 0;

	ck_assert_int_ge(fd, 0);
	n = scandirat(fd, ".", &list, no_dots, alphasort);
	ck_assert_int_eq(n, 4);
	ck_assert_str_eq(list[0]->d_name, "a");
	ck_assert_str_eq(list[1]->d_name, "b");
	ck_assert_str_eq(list[2]->d_name, "c");
	ck_assert_str_eq(list[3]->d_name, "sub");
	ck_assert_int_eq(list[3]->d_type, DT_DIR);
	free_list(list, n);
	n = scandirat(fd, ".", &list, no_dots, reversed);
	ck_assert_int_eq(n, 4);
	ck_assert_str_eq(list[0]->d_name, "sub");
	ck_assert_str_eq(list[3]->d_name, "a");
	free_list(list, n);
	/* No filter: every entry, "." and ".." too; no order asked for. */
	n = scandirat(fd, "sub", &list, NULL, NULL);
	ck_assert_int_eq(n, 3);
	for (int i = 0; i < n; i++)
		dots += !strcmp(list[i]->d_name, ".") || !strcmp(list[i]->d_name, "..");
	ck_assert_int_eq(dots, 2);
	free_list(list, n);
	/* Nothing accepted. */
	n = scandirat(fd, "sub", &list, no_dots, alphasort);
	ck_assert_int_eq(n, 1);
	free_list(list, n);
	/* AT_FDCWD, and an absolute path, which ignores the descriptor. */
	ck_assert_int_eq(chdir(dir), 0);
	n = scandirat(AT_FDCWD, "sub", &list, no_dots, alphasort);
	ck_assert_int_eq(n, 1);
	ck_assert_str_eq(list[0]->d_name, "x");
	free_list(list, n);
	n = scandirat(-1, dir, &list, no_dots, alphasort);
	ck_assert_int_eq(n, 4);
	free_list(list, n);
	close(fd);
	ck_assert_int_eq(chdir("/"), 0);
	lwbt_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(scandirat_errors)
{
	char *dir = setup();
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	struct dirent **list;
	int fds = lwbt_count_fds();

	errno = 0;
	ck_assert_int_eq(scandirat(fd, "nope", &list, NULL, NULL), -1);
	ck_assert_int_eq(errno, ENOENT);
	errno = 0;
	ck_assert_int_eq(scandirat(fd, "a", &list, NULL, NULL), -1);
	ck_assert_int_eq(errno, ENOTDIR);
	errno = 0;
	ck_assert_int_eq(scandirat(-1, "sub", &list, NULL, NULL), -1);
	ck_assert_int_eq(errno, EBADF);
	ck_assert_int_eq(lwbt_count_fds(), fds);
	close(fd);
	lwbt_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(getdirentries_offsets)
{
	char *dir = setup();
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int file, fds[2];
	char buf[4096];
	off_t base = 12345, end;
	ssize_t n;

	ck_assert_int_ge(fd, 0);
	n = getdirentries(fd, buf, sizeof buf, &base);
	ck_assert_int_gt(n, 0);
	ck_assert_int_eq(base, 0);
	/* At the end: nothing read, the base is where the end is. */
	end = lseek(fd, 0, SEEK_CUR);
	base = 12345;
	ck_assert_int_eq(getdirentries(fd, buf, sizeof buf, &base), 0);
	ck_assert_int_eq(base, end);
	/* Errors leave *basep alone. */
	base = 777;
	errno = 0;
	ck_assert_int_eq(getdirentries(-1, buf, sizeof buf, &base), -1);
	ck_assert_int_eq(errno, EBADF);
	ck_assert_int_eq(base, 777);
	ck_assert_int_eq(lseek(fd, 0, SEEK_SET), 0);
	errno = 0;
	ck_assert_int_eq(getdirentries(fd, buf, 5, &base), -1);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_int_eq(base, 777);
	file = openat(fd, "a", O_RDONLY | O_CLOEXEC);
	errno = 0;
	ck_assert_int_eq(getdirentries(file, buf, sizeof buf, &base), -1);
	ck_assert_int_eq(errno, ENOTDIR);
	ck_assert_int_eq(base, 777);
	ck_assert_int_eq(pipe(fds), 0);
	errno = 0;
	ck_assert_int_eq(getdirentries(fds[0], buf, sizeof buf, &base), -1);
	ck_assert_int_eq(errno, ENOTDIR);
	ck_assert_int_eq(base, 777);
	close(fds[0]);
	close(fds[1]);
	close(file);
	close(fd);
	lwbt_rmtree(dir);
	free(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("gnu_decls_scandirat");
	TCase *tc = tcase_create("scandirat");

	tcase_add_test(tc, scandirat_lists);
	tcase_add_test(tc, scandirat_errors);
	tcase_add_test(tc, getdirentries_offsets);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
