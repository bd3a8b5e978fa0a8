/* The other paths that print errno texts use glibc's too: perror, the
 * warn and err family, and %m in syslog. */
#define _GNU_SOURCE
#include <err.h>
#include <stdarg.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <syslog.h>
#include <unistd.h>
#include "lwbtest.h"
#include "capture.h"

START_TEST(perror_texts)
{
	capture_start();
	errno = EIO;
	perror("pfx");
	ck_assert_int_eq(errno, EIO);
	errno = ENOMEM;
	perror("");
	errno = ELOOP;
	perror(NULL);
	errno = 0;
	perror("zero");
	errno = 1234;
	perror("x");
	ck_assert_str_eq(capture_stop(),
		"pfx: Input/output error\n"
		"Cannot allocate memory\n"
		"Too many levels of symbolic links\n"
		"zero: Success\n"
		"x: Unknown error 1234\n");
}
END_TEST

START_TEST(warn_texts)
{
	char want[512];

	capture_start();
	errno = ELOOP;
	warn("w %d", 5);
	ck_assert_int_eq(errno, ELOOP);
	errno = ETIMEDOUT;
	warn(NULL);
	warnx("wx %s", "y");
	errno = 1234;
	warn("u");
	snprintf(want, sizeof want,
		"%1$s: w 5: Too many levels of symbolic links\n"
		"%1$s: Connection timed out\n"
		"%1$s: wx y\n"
		"%1$s: u: Unknown error 1234\n", program_invocation_short_name);
	ck_assert_str_eq(capture_stop(), want);
}
END_TEST

static void verr_helper(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(status, fmt, ap);
}

START_TEST(err_texts)
{
	char want[512];
	int status;
	pid_t pid;

	capture_start();
	pid = fork();
	if (pid == 0) {
		errno = EMFILE;
		err(3, "open %s", "f");
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 3);
	pid = fork();
	if (pid == 0) {
		errno = EXDEV;
		verr_helper(4, "mv");
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 4);
	snprintf(want, sizeof want,
		"%1$s: open f: Too many open files\n"
		"%1$s: mv: Invalid cross-device link\n", program_invocation_short_name);
	ck_assert_str_eq(capture_stop(), want);
}
END_TEST

START_TEST(syslog_percent_m)
{
	/* LOG_PERROR copies each message to stderr as "ident: message". */
	capture_start();
	openlog("lg", LOG_PERROR, LOG_USER);
	errno = ENOENT;
	syslog(LOG_ERR, "a %5m|%-30m|%.4m|%%m|%m%m");
	ck_assert_int_eq(errno, ENOENT);
	errno = EMFILE;
	syslog(LOG_ERR, "b %s %m", "%m");
	errno = 1234;
	syslog(LOG_ERR, "c %m 100%%");
	closelog();
	ck_assert_str_eq(capture_stop(),
		"lg: a No such file or directory|No such file or directory     |No s|%m|"
		"No such file or directoryNo such file or directory\n"
		"lg: b %m Too many open files\n"
		"lg: c Unknown error 1234 100%\n");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("errno texts printed");
	TCase *tc = tcase_create("printers");

	tcase_add_test(tc, perror_texts);
	tcase_add_test(tc, warn_texts);
	tcase_add_test(tc, err_texts);
	tcase_add_test(tc, syslog_percent_m);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
