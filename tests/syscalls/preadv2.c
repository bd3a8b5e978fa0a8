/* preadv2, pwritev2 and their *64v2 names: offsets, the file position,
 * flags, errors, and glibc's fallback when the kernel (or a seccomp
 * filter) refuses the system calls. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "sctest.h"

static int fd;
static char *dir;
/* A negative count the compiler cannot see (glibc's prototypes tell gcc
 * to reject a visible one). */
static volatile int minus_one = -1;

static void setup(void)
{
	char *path;

	dir = lwbt_tmpdir();
	path = lwbt_path(dir, "f");
	fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0644);
	ck_assert(fd >= 0);
	ck_assert(write(fd, "0123456789", 10) == 10);
	ck_assert(lseek(fd, 2, SEEK_SET) == 2);
	free(path);
}

static void teardown(void)
{
	close(fd);
	lwbt_rmtree(dir);
	free(dir);
}

static ssize_t rd(off_t offset, int flags, char *out, size_t n)
{
	struct iovec v[2] = { { out, 2 }, { out + 2, n - 2 } };

	memset(out, 0, n + 1);
	return preadv2(fd, v, 2, offset, flags);
}

static ssize_t wr(off_t offset, int flags, const char *text)
{
	struct iovec v = { (void *)text, strlen(text) };

	return pwritev2(fd, &v, 1, offset, flags);
}

static void expect_error(ssize_t r, int err)
{
	ck_assert_int_eq(r, -1);
	ck_assert_int_eq(errno, err);
}

START_TEST(constants)
{
	ck_assert_int_eq(RWF_HIPRI, 0x01);
	ck_assert_int_eq(RWF_DSYNC, 0x02);
	ck_assert_int_eq(RWF_SYNC, 0x04);
	ck_assert_int_eq(RWF_NOWAIT, 0x08);
	ck_assert_int_eq(RWF_APPEND, 0x10);
	ck_assert_int_eq(RWF_NOAPPEND, 0x20);
}
END_TEST

/* What the kernel and glibc's fallback both do with no flags. */
static void without_flags(void)
{
	char buf[8];

	/* At an offset: the file position stays. */
	ck_assert_int_eq(rd(5, 0, buf, 4), 4);
	ck_assert_str_eq(buf, "5678");
	ck_assert_int_eq(lseek(fd, 0, SEEK_CUR), 2);
	/* At -1: from the file position, which moves. */
	ck_assert_int_eq(rd(-1, 0, buf, 3), 3);
	ck_assert_str_eq(buf, "234");
	ck_assert_int_eq(lseek(fd, 0, SEEK_CUR), 5);
	ck_assert_int_eq(wr(-1, 0, "ab"), 2);
	ck_assert_int_eq(lseek(fd, 0, SEEK_CUR), 7);
	ck_assert_int_eq(wr(0, 0, "XY"), 2);
	ck_assert_int_eq(lseek(fd, 0, SEEK_CUR), 7);
	ck_assert_int_eq(preadv64v2(fd, (struct iovec[]){ { buf, 7 } }, 1, 0, 0), 7);
	buf[7] = 0;
	ck_assert_str_eq(buf, "XY234ab");
	ck_assert_int_eq(pwritev64v2(fd, (struct iovec[]){ { "Z", 1 } }, 1, 9, 0), 1);
	ck_assert_int_eq(rd(8, 0, buf, 4), 2);
	ck_assert_str_eq(buf, "8Z");
	/* At the end, and past it. */
	ck_assert_int_eq(rd(10, 0, buf, 4), 0);
	ck_assert_int_eq(rd(100, 0, buf, 4), 0);
	errno = 0;
	expect_error(rd(-2, 0, buf, 4), EINVAL);
	errno = 0;
	expect_error(wr(-2, 0, "x"), EINVAL);
	errno = 0;
	expect_error(preadv2(9999, (struct iovec[]){ { buf, 1 } }, 1, 0, 0), EBADF);
	errno = 0;
	expect_error(preadv2(fd, (struct iovec[]){ { buf, 1 } }, minus_one, 0, 0), EINVAL);
}

START_TEST(with_the_kernel)
{
	char buf[8];

	without_flags();
	ck_assert_int_eq(rd(0, RWF_HIPRI, buf, 4), 4);
	ck_assert_str_eq(buf, "XY23");
	ck_assert_int_eq(wr(0, RWF_DSYNC, "xy"), 2);
	ck_assert_int_eq(wr(0, RWF_SYNC, "x"), 1);
	/* RWF_APPEND writes at the end whatever the offset. */
	ck_assert_int_eq(wr(0, RWF_APPEND, "!"), 1);
	ck_assert_int_eq(rd(10, 0, buf, 4), 1);
	ck_assert_str_eq(buf, "!");
	ck_assert_int_eq(rd(-1, RWF_NOWAIT, buf, 3) >= 0 || errno == EAGAIN, 1);
	errno = 0;
	expect_error(wr(0, 0x1000000, "x"), EOPNOTSUPP);
	errno = 0;
	expect_error(rd(0, 0x1000000, buf, 4), EOPNOTSUPP);
	errno = 0;
	expect_error(preadv2(9999, (struct iovec[]){ { buf, 1 } }, 1, 0, RWF_HIPRI), EBADF);
}
END_TEST

/* Before Linux 4.6 (or under a filter): without flags glibc falls back to
 * preadv/pwritev (readv/writev at -1), leaving errno as the refused call
 * set it; any flag is EOPNOTSUPP, checked before the descriptor. */
START_TEST(without_the_system_calls)
{
	char buf[8];

	sct_deny(SYS_preadv2, ENOSYS);
	sct_deny(SYS_pwritev2, ENOSYS);
	errno = 0;
	ck_assert_int_eq(rd(0, 0, buf, 4), 4);
	ck_assert_int_eq(errno, ENOSYS);
	without_flags();
	errno = 0;
	expect_error(rd(0, RWF_HIPRI, buf, 4), EOPNOTSUPP);
	errno = 0;
	expect_error(wr(0, RWF_DSYNC, "x"), EOPNOTSUPP);
	errno = 0;
	expect_error(rd(-1, RWF_NOWAIT, buf, 4), EOPNOTSUPP);
	errno = 0;
	expect_error(preadv2(9999, (struct iovec[]){ { buf, 1 } }, 1, 0, RWF_HIPRI), EOPNOTSUPP);
	errno = 0;
	expect_error(pwritev64v2(fd, (struct iovec[]){ { "x", 1 } }, 1, 0, RWF_APPEND), EOPNOTSUPP);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("preadv2");
	TCase *tc = tcase_create("preadv2");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, constants);
	tcase_add_test(tc, with_the_kernel);
	tcase_add_test(tc, without_the_system_calls);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
