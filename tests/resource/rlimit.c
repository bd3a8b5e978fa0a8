/*
 * <sys/resource.h> as glibc gives it on 64-bit targets: rlim_t is the type
 * of uint64_t (unsigned long), so a limit prints with PRIu64 (systemd's
 * RLIM_FMT) under -Werror=format; the RLIM_* constants are all-ones of that
 * type; and getrlimit, setrlimit and prlimit read and write the kernel's
 * limits through struct rlimit with the kernel's layout.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "lwbtest.h"

/* The kernel's own answer, past the C library. */
static void kernel_limit(int resource, uint64_t *cur, uint64_t *max)
{
	uint64_t k[2];

	ck_assert_int_eq(syscall(SYS_prlimit64, 0, resource, NULL, k), 0);
	*cur = k[0];
	*max = k[1];
}

START_TEST(types_are_glibcs)
{
#if defined(__LP64__)
	ck_assert_int_eq(_Generic((rlim_t)0, unsigned long: 1, default: 0), 1);
	ck_assert_int_eq(_Generic((uint64_t)0, rlim_t: 1, default: 0), 1);
	/* glibc: unsigned long long under _FILE_OFFSET_BITS=64 (as meson
	 * builds, and systemd), rlim_t otherwise. */
#if defined(_FILE_OFFSET_BITS) && _FILE_OFFSET_BITS == 64
	ck_assert_int_eq(_Generic(RLIM_INFINITY, unsigned long long: 1, default: 0), 1);
	ck_assert_int_eq(_Generic(RLIM_SAVED_CUR, unsigned long long: 1, default: 0), 1);
	ck_assert_int_eq(_Generic(RLIM_SAVED_MAX, unsigned long long: 1, default: 0), 1);
#else
	ck_assert_int_eq(_Generic(RLIM_INFINITY, rlim_t: 1, default: 0), 1);
	ck_assert_int_eq(_Generic(RLIM_SAVED_CUR, rlim_t: 1, default: 0), 1);
	ck_assert_int_eq(_Generic(RLIM_SAVED_MAX, rlim_t: 1, default: 0), 1);
#endif
	ck_assert_int_eq(_Generic(((struct rlimit *)0)->rlim_cur, rlim_t: 1, default: 0), 1);
#endif
	ck_assert(RLIM_INFINITY == (rlim_t)-1);
	ck_assert(RLIM_SAVED_CUR == RLIM_INFINITY);
	ck_assert(RLIM_SAVED_MAX == RLIM_INFINITY);
	ck_assert_uint_eq(sizeof(struct rlimit), 2 * sizeof(rlim_t));
	ck_assert_uint_eq(offsetof(struct rlimit, rlim_max), sizeof(rlim_t));
}
END_TEST

START_TEST(prints_with_pri_u64)
{
	struct rlimit r = { 1024, RLIM_INFINITY };
	char buf[64];

	/* What systemd's RLIM_FMT does; -Werror=format checks the type. */
	snprintf(buf, sizeof buf, "%" PRIu64 " %" PRIu64, r.rlim_cur, r.rlim_max);
	ck_assert_str_eq(buf, "1024 18446744073709551615");
}
END_TEST

START_TEST(getrlimit_reads_the_kernel)
{
	static const int resources[] = { RLIMIT_NOFILE, RLIMIT_CORE, RLIMIT_STACK, RLIMIT_CPU, RLIMIT_AS };
	struct rlimit r;
	uint64_t cur, max;
	size_t i;

	for (i = 0; i < sizeof resources / sizeof resources[0]; i++) {
		ck_assert_int_eq(getrlimit(resources[i], &r), 0);
		kernel_limit(resources[i], &cur, &max);
		ck_assert_uint_eq(r.rlim_cur, cur);
		ck_assert_uint_eq(r.rlim_max, max);
	}
}
END_TEST

START_TEST(setrlimit_and_prlimit_write_it)
{
	struct rlimit r, old, now;
	uint64_t cur, max;

	ck_assert_int_eq(getrlimit(RLIMIT_NOFILE, &r), 0);
	ck_assert_uint_ge(r.rlim_max, 64);
	r.rlim_cur = 63;
	ck_assert_int_eq(setrlimit(RLIMIT_NOFILE, &r), 0);
	kernel_limit(RLIMIT_NOFILE, &cur, &max);
	ck_assert_uint_eq(cur, 63);

	r.rlim_cur = 62;
	ck_assert_int_eq(prlimit(0, RLIMIT_NOFILE, &r, &old), 0);
	ck_assert_uint_eq(old.rlim_cur, 63);
	ck_assert_uint_eq(old.rlim_max, r.rlim_max);
	ck_assert_int_eq(prlimit(getpid(), RLIMIT_NOFILE, NULL, &now), 0);
	ck_assert_uint_eq(now.rlim_cur, 62);

	/* RLIM_INFINITY goes through: a soft core limit of infinity under
	 * an infinite hard one, or the hard one itself. */
	ck_assert_int_eq(getrlimit(RLIMIT_CORE, &r), 0);
	r.rlim_cur = r.rlim_max;
	ck_assert_int_eq(setrlimit(RLIMIT_CORE, &r), 0);
	kernel_limit(RLIMIT_CORE, &cur, &max);
	ck_assert_uint_eq(cur, r.rlim_max);
	ck_assert_uint_eq(max, r.rlim_max);
}
END_TEST

START_TEST(bad_requests_fail)
{
	struct rlimit r;

	errno = 0;
	ck_assert_int_eq(getrlimit(-1, &r), -1);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_int_eq(getrlimit(RLIMIT_NOFILE, &r), 0);
	if (r.rlim_max != RLIM_INFINITY) {
		r.rlim_cur = r.rlim_max + 1;
		errno = 0;
		ck_assert_int_eq(setrlimit(RLIMIT_NOFILE, &r), -1);
		ck_assert_int_eq(errno, EINVAL);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("resource");
	TCase *tc = tcase_create("rlimit");

	tcase_add_test(tc, types_are_glibcs);
	tcase_add_test(tc, prints_with_pri_u64);
	tcase_add_test(tc, getrlimit_reads_the_kernel);
	tcase_add_test(tc, setrlimit_and_prlimit_write_it);
	tcase_add_test(tc, bad_requests_fail);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
