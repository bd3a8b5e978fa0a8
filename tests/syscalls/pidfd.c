/* pidfd_open, pidfd_send_signal and pidfd_getfd on real processes, and
 * their errors. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/pidfd.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sctest.h"

static pid_t sleeper(void)
{
	pid_t pid = fork();

	ck_assert(pid >= 0);
	if (pid == 0) {
		pause();
		_exit(0);
	}
	return pid;
}

START_TEST(constants)
{
	ck_assert_int_eq(PIDFD_NONBLOCK, O_NONBLOCK);
}
END_TEST

START_TEST(open_signal_and_wait)
{
	pid_t pid = sleeper();
	int pidfd = pidfd_open(pid, 0);
	struct pollfd p = { pidfd, POLLIN, 0 };
	siginfo_t info;
	int status;

	ck_assert_msg(pidfd >= 0, "pidfd_open: %s", strerror(errno));
	ck_assert_int_eq(fcntl(pidfd, F_GETFD), FD_CLOEXEC);
	/* Readable once the process has exited, not before. */
	ck_assert_int_eq(poll(&p, 1, 0), 0);
	ck_assert_int_eq(pidfd_send_signal(pidfd, 0, NULL, 0), 0);
	memset(&info, 0, sizeof info);
	info.si_signo = SIGUSR1;
	info.si_code = SI_QUEUE;
	info.si_pid = getpid();
	info.si_uid = getuid();
	/* SIGUSR1 is not handled: it ends the sleeper. */
	ck_assert_int_eq(pidfd_send_signal(pidfd, SIGUSR1, &info, 0), 0);
	ck_assert_int_eq(poll(&p, 1, 5000), 1);
	ck_assert(waitpid(pid, &status, 0) == pid);
	ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGUSR1);
	/* Reaped: the process is gone. */
	errno = 0;
	ck_assert_int_eq(pidfd_send_signal(pidfd, SIGTERM, NULL, 0), -1);
	ck_assert_int_eq(errno, ESRCH);
	close(pidfd);
}
END_TEST

START_TEST(nonblocking)
{
	pid_t pid = sleeper();
	int pidfd = pidfd_open(pid, PIDFD_NONBLOCK);
	int status;

	ck_assert(pidfd >= 0);
	ck_assert(fcntl(pidfd, F_GETFL) & O_NONBLOCK);
	ck_assert_int_eq(pidfd_send_signal(pidfd, SIGKILL, NULL, 0), 0);
	ck_assert(waitpid(pid, &status, 0) == pid);
	ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	close(pidfd);
}
END_TEST

START_TEST(getfd_duplicates_another_process_descriptor)
{
	int pipefd[2];
	int self = pidfd_open(getpid(), 0);
	int copy;
	char c = 0;

	ck_assert(self >= 0);
	ck_assert(pipe(pipefd) == 0);
	copy = pidfd_getfd(self, pipefd[1], 0);
	ck_assert_msg(copy >= 0, "pidfd_getfd: %s", strerror(errno));
	ck_assert_int_ne(copy, pipefd[1]);
	ck_assert_int_eq(fcntl(copy, F_GETFD), FD_CLOEXEC);
	ck_assert(write(copy, "x", 1) == 1);
	ck_assert(read(pipefd[0], &c, 1) == 1);
	ck_assert_int_eq(c, 'x');
	errno = 0;
	ck_assert_int_eq(pidfd_getfd(self, 9999, 0), -1);
	ck_assert_int_eq(errno, EBADF);
	errno = 0;
	ck_assert_int_eq(pidfd_getfd(self, pipefd[1], 1), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(pidfd_getfd(pipefd[0], pipefd[1], 0), -1);
	ck_assert_int_eq(errno, EBADF);
	close(copy);
	close(pipefd[0]);
	close(pipefd[1]);
	close(self);
}
END_TEST

START_TEST(errors)
{
	int self = pidfd_open(getpid(), 0);

	errno = 0;
	ck_assert_int_eq(pidfd_open(-1, 0), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(pidfd_open(getpid(), 0x1), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	/* Above pid_max: no such process. */
	ck_assert_int_eq(pidfd_open(0x7ffffff0, 0), -1);
	ck_assert_int_eq(errno, ESRCH);
	errno = 0;
	ck_assert_int_eq(pidfd_send_signal(9999, SIGTERM, NULL, 0), -1);
	ck_assert_int_eq(errno, EBADF);
	errno = 0;
	ck_assert_int_eq(pidfd_send_signal(self, SIGTERM, NULL, 0x100), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(pidfd_send_signal(self, 1000, NULL, 0), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(pidfd_send_signal(0, SIGTERM, NULL, 0), -1);
	ck_assert(errno == EBADF);
	close(self);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("pidfd");
	TCase *tc = tcase_create("pidfd");

	tcase_add_test(tc, constants);
	tcase_add_test(tc, open_signal_and_wait);
	tcase_add_test(tc, nonblocking);
	tcase_add_test(tc, getfd_duplicates_another_process_descriptor);
	tcase_add_test(tc, errors);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
