/* A caller built without libwildebeest's headers still gets glibc's texts:
 * the link routes strerror, strerror_r, strsignal and perror through
 * -Wl,--wrap. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include "lwbtest.h"
#include "capture.h"

START_TEST(texts_without_the_header)
{
	char buf[64];

	ck_assert_str_eq(strerror(EIO), "Input/output error");
	ck_assert_str_eq(strerror(0), "Success");
	ck_assert_int_eq(strerror_r(ENOMEM, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "Cannot allocate memory");
	ck_assert_str_eq(strsignal(SIGFPE), "Floating point exception");
	capture_start();
	errno = EMFILE;
	perror("open");
	ck_assert_str_eq(capture_stop(), "open: Too many open files\n");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("errno texts without the header");
	TCase *tc = tcase_create("nomask");

	tcase_add_test(tc, texts_without_the_header);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
