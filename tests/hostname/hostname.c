/*
 * The host name limit as glibc gives it: HOST_NAME_MAX and
 * sysconf(_SC_HOST_NAME_MAX) are 64, the longest name the kernel keeps,
 * and gethostname fails with ENAMETOOLONG when the name and its NUL do not
 * fit. The name tests run in a private UTS namespace (as root, or inside a
 * new user namespace); without one only the values are checked.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "lwbtest.h"

/* The longest name the kernel takes, with a different letter at each end
 * so a copy that is cut short or shifted shows. */
static void longest_name(char name[HOST_NAME_MAX + 1])
{
	memset(name, 'h', HOST_NAME_MAX);
	name[0] = 'a';
	name[HOST_NAME_MAX - 1] = 'z';
	name[HOST_NAME_MAX] = '\0';
}

START_TEST(host_name_max_is_linuxs)
{
	ck_assert_int_eq(HOST_NAME_MAX, 64);
	ck_assert_int_eq(HOST_NAME_MAX, sizeof ((struct utsname *)0)->nodename - 1);
	ck_assert_int_eq(_POSIX_HOST_NAME_MAX, 255);
}
END_TEST

START_TEST(sysconf_agrees)
{
	ck_assert_int_eq(sysconf(_SC_HOST_NAME_MAX), HOST_NAME_MAX);
	/* Other names keep their answers. */
	ck_assert_int_eq(sysconf(_SC_PAGESIZE), getpagesize());
	ck_assert_int_eq(sysconf(_SC_OPEN_MAX), getdtablesize());
	errno = 0;
	ck_assert_int_eq(sysconf(-1), -1);
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

START_TEST(kernel_takes_host_name_max)
{
	char name[HOST_NAME_MAX + 2];
	char got[HOST_NAME_MAX + 1];
	struct utsname u;

	longest_name(name);
	ck_assert_int_eq(sethostname(name, HOST_NAME_MAX), 0);
	ck_assert_int_eq(uname(&u), 0);
	ck_assert_str_eq(u.nodename, name);
	ck_assert_int_eq(gethostname(got, sizeof got), 0);
	ck_assert_str_eq(got, name);

	/* One more is refused: HOST_NAME_MAX is the limit, not a guess. */
	name[HOST_NAME_MAX] = 'y';
	name[HOST_NAME_MAX + 1] = '\0';
	errno = 0;
	ck_assert_int_eq(sethostname(name, HOST_NAME_MAX + 1), -1);
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

START_TEST(gethostname_short_buffer)
{
	char name[HOST_NAME_MAX + 1];
	char got[HOST_NAME_MAX + 8];
	size_t len;

	longest_name(name);
	ck_assert_int_eq(sethostname(name, HOST_NAME_MAX), 0);

	/* No room for the NUL, or less: the first len bytes, nothing after
	 * them, no NUL, and ENAMETOOLONG. */
	for (len = 0; len <= HOST_NAME_MAX; len++) {
		memset(got, '#', sizeof got);
		errno = 0;
		ck_assert_int_eq(gethostname(got, len), -1);
		ck_assert_int_eq(errno, ENAMETOOLONG);
		ck_assert_int_eq(memcmp(got, name, len), 0);
		ck_assert_int_eq(got[len], '#');
	}

	/* Room to spare: the name and its NUL, nothing after them. */
	memset(got, '#', sizeof got);
	ck_assert_int_eq(gethostname(got, sizeof got), 0);
	ck_assert_str_eq(got, name);
	ck_assert_int_eq(got[HOST_NAME_MAX + 1], '#');

	/* A short name in a small buffer fits. */
	ck_assert_int_eq(sethostname("wb", 2), 0);
	memset(got, '#', sizeof got);
	ck_assert_int_eq(gethostname(got, 3), 0);
	ck_assert_str_eq(got, "wb");
	ck_assert_int_eq(got[3], '#');
	errno = 0;
	ck_assert_int_eq(gethostname(got, 2), -1);
	ck_assert_int_eq(errno, ENAMETOOLONG);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("hostname");
	TCase *values = tcase_create("values");
	TCase *names = tcase_create("names");

	tcase_add_test(values, host_name_max_is_linuxs);
	tcase_add_test(values, sysconf_agrees);
	suite_add_tcase(s, values);
	/* The forked tests inherit the namespace; the machine's name stays. */
	if (unshare(CLONE_NEWUTS) == 0 || unshare(CLONE_NEWUSER | CLONE_NEWUTS) == 0) {
		tcase_add_test(names, kernel_takes_host_name_max);
		tcase_add_test(names, gethostname_short_buffer);
		suite_add_tcase(s, names);
	} else {
		puts("no private UTS namespace: the host name tests are left out");
	}
	return lwbt_run(s);
}
