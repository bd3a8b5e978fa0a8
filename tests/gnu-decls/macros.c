/*
 * The small GNU macros and types glibc's standard headers add, used the way
 * GNU code uses them: TEMP_FAILURE_RETRY around a call interrupted by a
 * signal, strndupa and strdupa (stack copies; each argument evaluated
 * once), error_t, qsort's comparison types, the permission masks, the wait
 * status builders, the flock operations from <fcntl.h> alone, O_ACCMODE
 * applied to an O_PATH descriptor's flags, and the dirent name-length
 * macros.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"

static int attempts;

/* Fails with EINTR the first n times. */
static int flaky(int n)
{
	if (attempts++ < n) {
		errno = EINTR;
		return -1;
	}
	return 42;
}

static unsigned int flaky_unsigned(void)
{
	attempts++;
	errno = EINTR;
	return (unsigned int)-1;
}

START_TEST(temp_failure_retry_repeats)
{
	long r;

	attempts = 0;
	r = TEMP_FAILURE_RETRY(flaky(3));
	ck_assert_int_eq(r, 42);
	ck_assert_int_eq(attempts, 4);
	/* The result is a long int whatever the expression's type. */
	ck_assert_uint_eq(sizeof(TEMP_FAILURE_RETRY(flaky(0))), sizeof(long));
	ck_assert(_Generic(TEMP_FAILURE_RETRY(flaky(0)), long: 1, default: 0));
	/* Another errno ends it at once. */
	attempts = 0;
	errno = 0;
	r = TEMP_FAILURE_RETRY((attempts++, errno = EAGAIN, -1));
	ck_assert_int_eq(r, -1);
	ck_assert_int_eq(errno, EAGAIN);
	ck_assert_int_eq(attempts, 1);
	/* (unsigned)-1 converts to 4294967295L, not -1L: no retry. */
	attempts = 0;
	r = TEMP_FAILURE_RETRY(flaky_unsigned());
	ck_assert_int_eq(r, 4294967295L);
	ck_assert_int_eq(attempts, 1);
}
END_TEST

static void on_alarm(int sig)
{
	(void)sig;
	attempts++;
}

/* A read interrupted by a signal (installed without SA_RESTART) is
 * restarted until the data arrives. */
START_TEST(temp_failure_retry_signal)
{
	struct sigaction sa;
	struct itimerval it = {{0, 20000}, {0, 20000}};
	int fds[2];
	char c = 0;
	pid_t child;
	long r;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	ck_assert_int_eq(sigaction(SIGALRM, &sa, NULL), 0);
	ck_assert_int_eq(pipe(fds), 0);
	child = fork();
	ck_assert_int_ge(child, 0);
	if (child == 0) {
		usleep(200000);
		ck_assert_int_eq(write(fds[1], "x", 1), 1);
		_exit(0);
	}
	attempts = 0;
	ck_assert_int_eq(setitimer(ITIMER_REAL, &it, NULL), 0);
	r = TEMP_FAILURE_RETRY(read(fds[0], &c, 1));
	it.it_value.tv_usec = it.it_interval.tv_usec = 0;
	setitimer(ITIMER_REAL, &it, NULL);
	ck_assert_int_eq(r, 1);
	ck_assert_int_eq(c, 'x');
	ck_assert_int_gt(attempts, 0);
	ck_assert_int_eq(waitpid(child, NULL, 0), child);
	close(fds[0]);
	close(fds[1]);
}
END_TEST

static char *stack_copy_at_depth(int depth, const char *s, size_t n)
{
	/* The copy lives in this frame: return a heap copy of it. */
	char *copy = strndupa(s, n);

	return depth ? stack_copy_at_depth(depth - 1, copy, n) : strdup(copy);
}

START_TEST(strndupa_copies)
{
	const char *src = "abcdef";
	const char *p = src;
	size_t n = 3;
	char *a, *b, *heap;

	a = strndupa(src, 3);
	ck_assert_str_eq(a, "abc");
	ck_assert_ptr_ne(a, src);
	b = strndupa(src, 100);
	ck_assert_str_eq(b, "abcdef");
	ck_assert_str_eq(strndupa(src, 0), "");
	/* Both copies are live at once, and writable. */
	a[0] = 'X';
	ck_assert_str_eq(a, "Xbc");
	ck_assert_str_eq(b, "abcdef");
	ck_assert_str_eq(src, "abcdef");
	/* Not NUL-terminated input within n: stops at n. */
	{
		char raw[4] = {'w', 'x', 'y', 'z'};
		ck_assert_str_eq(strndupa(raw, 4), "wxyz");
		ck_assert_str_eq(strndupa(raw, 2), "wx");
	}
	/* Each argument once. */
	a = strndupa(p++, n++);
	ck_assert_str_eq(a, "abc");
	ck_assert_ptr_eq(p, src + 1);
	ck_assert_uint_eq(n, 4);
	a = strdupa(p++);
	ck_assert_str_eq(a, "bcdef");
	ck_assert_ptr_eq(p, src + 2);
	ck_assert_ptr_ne(a, p - 1);
	heap = stack_copy_at_depth(5, "hello world", 5);
	ck_assert_str_eq(heap, "hello");
	free(heap);
	ck_assert(_Generic(strndupa(src, 1), char *: 1, default: 0));
	ck_assert(_Generic(strdupa(src), char *: 1, default: 0));
}
END_TEST

static error_t fails(void)
{
	return ENOENT;
}

static int by_value(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static int by_value_r(const void *a, const void *b, void *dir)
{
	return *(int *)dir * (*(const int *)a - *(const int *)b);
}

START_TEST(gnu_types)
{
	int xs[] = {3, 1, 2};
	int down = -1;
	comparison_fn_t cmp = by_value;
	__compar_fn_t cmp2 = cmp;
	__compar_d_fn_t cmp_r = by_value_r;

	ck_assert_int_eq(fails(), ENOENT);
	ck_assert_uint_eq(sizeof(error_t), sizeof(int));
	ck_assert(_Generic((error_t)0, int: 1, default: 0));
	qsort(xs, 3, sizeof *xs, cmp2);
	ck_assert(xs[0] == 1 && xs[1] == 2 && xs[2] == 3);
	qsort_r(xs, 3, sizeof *xs, cmp_r, &down);
	ck_assert(xs[0] == 3 && xs[1] == 2 && xs[2] == 1);
}
END_TEST

START_TEST(permission_masks)
{
	ck_assert_int_eq(ACCESSPERMS, 0777);
	ck_assert_int_eq(ALLPERMS, 07777);
	ck_assert_int_eq(DEFFILEMODE, 0666);
	ck_assert(_Generic(ACCESSPERMS, int: 1, unsigned int: 1, default: 0));
}
END_TEST

START_TEST(wait_macros)
{
	pid_t child;
	int status;

	ck_assert_int_eq(WAIT_ANY, -1);
	ck_assert_int_eq(WAIT_MYPGRP, 0);
	ck_assert_int_eq(W_EXITCODE(3, 0), 0x300);
	ck_assert_int_eq(W_EXITCODE(0, 9), 9);
	ck_assert_int_eq(W_STOPCODE(19), 0x137f);
	ck_assert(WIFEXITED(W_EXITCODE(7, 0)) && WEXITSTATUS(W_EXITCODE(7, 0)) == 7);
	ck_assert(WIFSIGNALED(W_EXITCODE(0, SIGKILL)) && WTERMSIG(W_EXITCODE(0, SIGKILL)) == SIGKILL);
	ck_assert(WIFSTOPPED(W_STOPCODE(SIGSTOP)) && WSTOPSIG(W_STOPCODE(SIGSTOP)) == SIGSTOP);
	/* What waitpid(WAIT_ANY) reports is what W_EXITCODE builds. */
	child = fork();
	ck_assert_int_ge(child, 0);
	if (child == 0)
		_exit(5);
	ck_assert_int_eq(waitpid(WAIT_ANY, &status, 0), child);
	ck_assert_int_eq(status, W_EXITCODE(5, 0));
}
END_TEST

/* LOCK_* reach code that includes only <fcntl.h> (no <sys/file.h>), and
 * are the kernel's flock operations (called through syscall() so that no
 * <sys/file.h> is needed). */
START_TEST(flock_from_fcntl)
{
	char *dir = lwbt_tmpdir();
	char *path = lwbt_path(dir, "f");
	int a, b;

	ck_assert_int_eq(LOCK_SH, 1);
	ck_assert_int_eq(LOCK_EX, 2);
	ck_assert_int_eq(LOCK_NB, 4);
	ck_assert_int_eq(LOCK_UN, 8);
	ck_assert_int_eq(LOCK_MAND, 32);
	ck_assert_int_eq(LOCK_READ, 64);
	ck_assert_int_eq(LOCK_WRITE, 128);
	ck_assert_int_eq(LOCK_RW, 192);
	a = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	b = open(path, O_RDWR | O_CLOEXEC);
	ck_assert(a >= 0 && b >= 0);
	ck_assert_int_eq(syscall(SYS_flock, a, LOCK_EX), 0);
	errno = 0;
	ck_assert_int_eq(syscall(SYS_flock, b, LOCK_SH | LOCK_NB), -1);
	ck_assert_int_eq(errno, EWOULDBLOCK);
	ck_assert_int_eq(syscall(SYS_flock, a, LOCK_UN), 0);
	ck_assert_int_eq(syscall(SYS_flock, b, LOCK_SH | LOCK_NB), 0);
	close(a);
	close(b);
	lwbt_rmtree(dir);
	free(path);
	free(dir);
}
END_TEST

/* O_ACCMODE masks the three access modes only: O_PATH is a flag beside
 * O_RDONLY (glibc; musl's own mask also holds O_PATH, its O_SEARCH and
 * O_EXEC), both in flags a program builds and in those F_GETFL gives
 * back for an O_PATH descriptor. */
START_TEST(o_path_access_mode)
{
	char *dir = lwbt_tmpdir();
	int fd, fl;

	ck_assert_int_eq(O_ACCMODE, 03);
	ck_assert_int_eq((O_PATH | O_EXCL | O_CLOEXEC) & O_ACCMODE, O_RDONLY);
	ck_assert_int_eq((O_PATH | O_WRONLY) & O_ACCMODE, O_WRONLY);
	ck_assert_int_eq(O_RDWR & O_ACCMODE, O_RDWR);
	fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
	ck_assert_int_ge(fd, 0);
	fl = fcntl(fd, F_GETFL);
	ck_assert_int_ne(fl, -1);
	ck_assert(fl & O_PATH);
	ck_assert_int_eq(fl & O_ACCMODE, O_RDONLY);
	close(fd);
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDONLY);
	close(fd);
	lwbt_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(dirent_name_lengths)
{
	char *dir = lwbt_tmpdir();
	DIR *d;
	struct dirent *e;
	int seen = 0;

	lwbt_touch(dir, "abc");
	lwbt_touch(dir, "a-much-longer-name");
	d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d))) {
		ck_assert_uint_eq(_D_EXACT_NAMLEN(e), strlen(e->d_name));
		ck_assert_uint_ge((size_t)_D_ALLOC_NAMLEN(e), strlen(e->d_name) + 1);
		ck_assert_uint_le((size_t)_D_ALLOC_NAMLEN(e), e->d_reclen);
		seen++;
	}
	ck_assert_int_eq(seen, 4);
	closedir(d);
	lwbt_rmtree(dir);
	free(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("gnu_decls_macros");
	TCase *tc = tcase_create("macros");

	tcase_add_test(tc, temp_failure_retry_repeats);
	tcase_add_test(tc, temp_failure_retry_signal);
	tcase_add_test(tc, strndupa_copies);
	tcase_add_test(tc, gnu_types);
	tcase_add_test(tc, permission_masks);
	tcase_add_test(tc, wait_macros);
	tcase_add_test(tc, flock_from_fcntl);
	tcase_add_test(tc, o_path_access_mode);
	tcase_add_test(tc, dirent_name_lengths);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
