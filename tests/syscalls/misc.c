/* getcpu, tgkill and fcntl64. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include "sctest.h"

/* glibc exports it on x86 and declares it nowhere. */
int modify_ldt(int, void *, unsigned long);

static volatile sig_atomic_t got;

static void on_usr1(int sig)
{
	got = sig;
}

START_TEST(getcpu_reports_where_it_runs)
{
	unsigned int cpu = ~0U, node = ~0U;
	cpu_set_t set;

	ck_assert_int_eq(getcpu(&cpu, &node), 0);
	ck_assert_uint_lt(cpu, CPU_SETSIZE);
	ck_assert_uint_ne(node, ~0U);
	ck_assert_int_eq(getcpu(NULL, NULL), 0);
	/* Pinned to one CPU, it is that one. */
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	ck_assert_int_eq(sched_setaffinity(0, sizeof set, &set), 0);
	ck_assert_int_eq(getcpu(&cpu, NULL), 0);
	ck_assert(CPU_ISSET(cpu, &set));
	ck_assert_int_eq((int)cpu, sched_getcpu());
}
END_TEST

START_TEST(tgkill_signals_a_thread)
{
	signal(SIGUSR1, on_usr1);
	ck_assert_int_eq(tgkill(getpid(), gettid(), 0), 0);
	ck_assert_int_eq(tgkill(getpid(), gettid(), SIGUSR1), 0);
	ck_assert_int_eq(got, SIGUSR1);
	errno = 0;
	ck_assert_int_eq(tgkill(getpid(), 0x7ffffff0, 0), -1);
	ck_assert_int_eq(errno, ESRCH);
	errno = 0;
	ck_assert_int_eq(tgkill(getpid() + 0x7000000, gettid(), 0), -1);
	ck_assert_int_eq(errno, ESRCH);
	errno = 0;
	ck_assert_int_eq(tgkill(-1, gettid(), 0), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(tgkill(getpid(), gettid(), 1000), -1);
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

START_TEST(fcntl64_is_fcntl)
{
	char *dir = lwbt_tmpdir();
	char *path = lwbt_path(dir, "f");
	int fd = open(path, O_RDWR | O_CREAT | O_APPEND, 0644);
	struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
	int dup;

	ck_assert(fd >= 0);
	ck_assert_int_eq(fcntl64(fd, F_GETFD), 0);
	ck_assert_int_eq(fcntl64(fd, F_SETFD, FD_CLOEXEC), 0);
	ck_assert_int_eq(fcntl64(fd, F_GETFD), FD_CLOEXEC);
	ck_assert(fcntl64(fd, F_GETFL) & O_APPEND);
	dup = fcntl64(fd, F_DUPFD_CLOEXEC, 100);
	ck_assert_int_ge(dup, 100);
	ck_assert_int_eq(fcntl64(dup, F_GETFD), FD_CLOEXEC);
	ck_assert_int_eq(fcntl64(fd, F_SETLK, &lock), 0);
	/* Our own lock does not conflict with us. */
	lock.l_type = F_WRLCK;
	ck_assert_int_eq(fcntl64(fd, F_GETLK, &lock), 0);
	ck_assert_int_eq(lock.l_type, F_UNLCK);
	errno = 0;
	ck_assert_int_eq(fcntl64(9999, F_GETFD), -1);
	ck_assert_int_eq(errno, EBADF);
	errno = 0;
	ck_assert_int_eq(fcntl64(fd, 0x7fff), -1);
	ck_assert_int_eq(errno, EINVAL);
	close(dup);
	close(fd);
	lwbt_rmtree(dir);
	free(path);
	free(dir);
}
END_TEST

/* The kernel's answer as is: a negative error number, errno untouched. */
START_TEST(modify_ldt_is_raw)
{
#if defined(__x86_64__) || defined(__i386__)
	char buf[64];
	int r;

	errno = 0;
	r = modify_ldt(0, buf, sizeof buf);
	ck_assert(r >= 0 || r == -ENOSYS);
	ck_assert_int_eq(modify_ldt(99, buf, sizeof buf), -ENOSYS);
	ck_assert_int_eq(errno, 0);
	if (r >= 0)
		ck_assert_int_eq(modify_ldt(1, buf, 3), -EINVAL);
	ck_assert_int_eq(errno, 0);
#endif
}
END_TEST

int main(void)
{
	Suite *s = suite_create("misc");
	TCase *tc = tcase_create("misc");

	tcase_add_test(tc, getcpu_reports_where_it_runs);
	tcase_add_test(tc, tgkill_signals_a_thread);
	tcase_add_test(tc, fcntl64_is_fcntl);
	tcase_add_test(tc, modify_ldt_is_raw);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
