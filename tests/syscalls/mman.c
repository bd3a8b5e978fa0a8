/* Memory protection keys, process_madvise, process_mrelease and the
 * madvise values glibc 2.36 has. Where the CPU has protection keys the
 * round trip through the rights register is checked too; where it has
 * not, only what glibc answers without touching the register. */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include <sys/pidfd.h>
#include <sys/uio.h>
#include <unistd.h>
#include "sctest.h"

#define LEN 65536

static void expect_error(long r, int err)
{
	ck_assert_int_eq(r, -1);
	ck_assert_int_eq(errno, err);
	errno = 0;
}

START_TEST(constants)
{
	ck_assert_int_eq(PKEY_DISABLE_ACCESS, 0x1);
	ck_assert_int_eq(PKEY_DISABLE_WRITE, 0x2);
	ck_assert_int_eq(MADV_POPULATE_READ, 22);
	ck_assert_int_eq(MADV_POPULATE_WRITE, 23);
	ck_assert_int_eq(MADV_DONTNEED_LOCKED, 24);
}
END_TEST

START_TEST(pkey_arguments)
{
	errno = 0;
	expect_error(pkey_get(-1), EINVAL);
	expect_error(pkey_get(16), EINVAL);
	expect_error(pkey_set(-1, 0), EINVAL);
	expect_error(pkey_set(16, 0), EINVAL);
	expect_error(pkey_set(0, 4), EINVAL);
	expect_error(pkey_alloc(1, 0), EINVAL);
	expect_error(pkey_alloc(0, 8), EINVAL);
	expect_error(pkey_free(-1), EINVAL);
}
END_TEST

START_TEST(pkey_mprotect_without_a_key_is_mprotect)
{
	char *p = mmap(NULL, LEN, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ck_assert(p != MAP_FAILED);
	ck_assert_int_eq(pkey_mprotect(p, LEN, PROT_READ | PROT_WRITE, -1), 0);
	p[0] = 1;
	errno = 0;
	expect_error(pkey_mprotect(p, LEN, PROT_READ, 15), EINVAL);
	expect_error(pkey_mprotect(p + 1, LEN, PROT_READ, -1), EINVAL);
	munmap(p, LEN);
}
END_TEST

START_TEST(pkey_round_trip_where_the_cpu_has_keys)
{
	char *p;
	int key;

	errno = 0;
	key = pkey_alloc(0, 0);
	if (key < 0) {
		/* No protection keys here (or none left). */
		ck_assert(errno == EINVAL || errno == ENOSPC || errno == ENOSYS);
		return;
	}
	p = mmap(NULL, LEN, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ck_assert(p != MAP_FAILED);
	ck_assert_int_eq(pkey_mprotect(p, LEN, PROT_READ | PROT_WRITE, key), 0);
	ck_assert_int_eq(pkey_get(key), 0);
	ck_assert_int_eq(pkey_set(key, PKEY_DISABLE_WRITE), 0);
	ck_assert_int_eq(pkey_get(key), PKEY_DISABLE_WRITE);
	ck_assert_int_eq(pkey_set(key, 0), 0);
	p[0] = 1;
	ck_assert_int_eq(pkey_mprotect(p, LEN, PROT_READ | PROT_WRITE, 0), 0);
	ck_assert_int_eq(pkey_free(key), 0);
	munmap(p, LEN);
}
END_TEST

START_TEST(process_madvise_and_mrelease)
{
	char *p = mmap(NULL, LEN, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct iovec v = { p, LEN };
	int self = pidfd_open(getpid(), 0);

	ck_assert(p != MAP_FAILED && self >= 0);
	p[0] = 1;
	ck_assert_int_eq(process_madvise(self, &v, 1, MADV_COLD, 0), LEN);
	ck_assert_int_eq(p[0], 1);
	errno = 0;
	expect_error(process_madvise(self, &v, 1, MADV_COLD, 1), EINVAL);
	expect_error(process_madvise(self, &v, 1, 12345, 0), EINVAL);
	expect_error(process_madvise(9999, &v, 1, MADV_COLD, 0), EBADF);
	/* Only a process that is exiting can be reaped early. */
	expect_error(process_mrelease(self, 0), EINVAL);
	expect_error(process_mrelease(self, 1), EINVAL);
	expect_error(process_mrelease(9999, 0), EBADF);
	ck_assert_int_eq(madvise(p, LEN, MADV_POPULATE_WRITE), 0);
	ck_assert_int_eq(madvise(p, LEN, MADV_POPULATE_READ), 0);
	ck_assert_int_eq(madvise(p, LEN, MADV_DONTNEED_LOCKED), 0);
	ck_assert_int_eq(p[0], 0);
	close(self);
	munmap(p, LEN);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("mman");
	TCase *tc = tcase_create("mman");

	tcase_add_test(tc, constants);
	tcase_add_test(tc, pkey_arguments);
	tcase_add_test(tc, pkey_mprotect_without_a_key_is_mprotect);
	tcase_add_test(tc, pkey_round_trip_where_the_cpu_has_keys);
	tcase_add_test(tc, process_madvise_and_mrelease);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
