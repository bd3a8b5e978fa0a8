/* The C library's <sys/stat.h> and <sys/mount.h> first, then the kernel's
 * <linux/stat.h> and <linux/mount.h>; kernel_first.c does the other order. */
#define _GNU_SOURCE
#include <sys/stat.h>
#include <sys/mount.h>
#include <linux/stat.h>
#include <linux/mount.h>
#include "coexist.h"

void lwbt_syscalls_kernel_first(void);

START_TEST(libc_headers_first)
{
	check_all("C library first");
}
END_TEST

START_TEST(kernel_headers_first)
{
	lwbt_syscalls_kernel_first();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("stat and mount headers");
	TCase *tc = tcase_create("coexistence");

	tcase_add_test(tc, libc_headers_first);
	tcase_add_test(tc, kernel_headers_first);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
