/* Callers that never include libwildebeest's headers, as configure tests
 * and code with its own prototypes do: built without the module's -I
 * flags, the link still reaches the GNU versions (defined, or routed with
 * -Wl,--wrap). The kernel's header supplies struct statx. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>
#include <linux/stat.h>
#include "lwbtest.h"

int close_range(unsigned int, unsigned int, int);
void closefrom(int);
int renameat2(int, const char *, int, const char *, unsigned int);
int statx(int, const char *, int, unsigned int, struct statx *);
ssize_t preadv2(int, const struct iovec *, int, off_t, int);

START_TEST(linked_without_the_headers)
{
	struct statx x;
	char buf[4] = "";
	struct iovec v = { buf, 3 };
	int fd = open("/dev/zero", O_RDONLY);

	ck_assert(fd >= 0);
	ck_assert_int_eq(statx(AT_FDCWD, "/dev/null", 0, STATX_BASIC_STATS, &x), 0);
	ck_assert(x.stx_mask & STATX_TYPE);
	ck_assert_uint_eq(x.stx_mode & 0170000, 0020000);
	ck_assert_int_eq(preadv2(fd, &v, 1, 0, 0x1), 3);
	errno = 0;
	ck_assert_int_eq(renameat2(AT_FDCWD, "/nonexistent/a", AT_FDCWD, "/nonexistent/b", 1), -1);
	ck_assert_int_eq(errno, ENOENT);
	ck_assert_int_eq(close_range(fd, fd, 0), 0);
	ck_assert_int_eq(fcntl(fd, F_GETFD), -1);
	closefrom(1000);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("syscalls without the headers");
	TCase *tc = tcase_create("nomask");

	tcase_add_test(tc, linked_without_the_headers);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
