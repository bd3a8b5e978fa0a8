/* The default thread stack follows RLIMIT_STACK as glibc sizes it, and a
 * worker thread with default attributes recurses as deep as on glibc. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "stacktest.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

START_TEST(default_follows_limit)
{
	struct rlimit rl;

	ck_assert_int_eq(getrlimit(RLIMIT_STACK, &rl), 0);
	if (rl.rlim_cur != 8 * MiB)
		return;	/* the other cases pin the limit themselves */
	ck_assert_uint_eq(default_stack(), 8 * MiB);
	ck_assert_uint_eq(np_default_stack(), 8 * MiB);
}
END_TEST

START_TEST(limit_8mib)
{
	ck_assert_uint_eq(stack_under_limit(8 * MiB), 8 * MiB);
}
END_TEST

START_TEST(limit_1mib)
{
	ck_assert_uint_eq(stack_under_limit(1 * MiB), 1 * MiB);
}
END_TEST

START_TEST(limit_rounded_to_page)
{
	size_t page = sysconf(_SC_PAGESIZE);

	ck_assert_uint_eq(stack_under_limit(2049 * KiB), (2049 * KiB + page - 1) / page * page);
	ck_assert_uint_eq(stack_under_limit(1 * MiB + 1), 1 * MiB + page);
}
END_TEST

START_TEST(limit_unlimited_is_2mib)
{
	ck_assert_uint_eq(stack_under_limit(RLIM_INFINITY), 2 * MiB);
}
END_TEST

/* A frame of about 1 KiB, kept by the volatile buffer and the use of the
 * result after the call. */
static unsigned recurse(unsigned depth)
{
	volatile char frame[1000];

	frame[0] = (char)depth;
	frame[sizeof frame - 1] = 0;
	if (depth == 0)
		return frame[0];
	return recurse(depth - 1) + frame[0] + frame[sizeof frame - 1];
}

static void *worker(void *arg)
{
	unsigned depth = *(unsigned *)arg;

	return (void *)(size_t)(recurse(depth) + 1);
}

START_TEST(worker_recurses_deep)
{
	struct rlimit rl;
	pthread_t t;
	void *ret;
	/* 6000 frames of ~1 KiB: 6 MiB, well inside glibc's 8 MiB default
	 * and 47 times musl's own 128 KiB. */
	unsigned depth = 6000;

	ck_assert_int_eq(getrlimit(RLIMIT_STACK, &rl), 0);
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < 8 * MiB)
		return;
	ck_assert_int_eq(pthread_create(&t, 0, worker, &depth), 0);
	ck_assert_int_eq(pthread_join(t, &ret), 0);
	ck_assert_ptr_ne(ret, 0);
}
END_TEST

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--report") == 0)
		return stack_report();
#ifdef UNDER_ASAN
	puts("AddressSanitizer sizes and maps thread stacks itself: skipped");
	return 77;
#endif

	Suite *s = suite_create("thread stack");
	TCase *tc = tcase_create("default");

	tcase_add_test(tc, default_follows_limit);
	tcase_add_test(tc, limit_8mib);
	tcase_add_test(tc, limit_1mib);
	tcase_add_test(tc, limit_rounded_to_page);
	tcase_add_test(tc, limit_unlimited_is_2mib);
	tcase_add_test(tc, worker_recurses_deep);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
