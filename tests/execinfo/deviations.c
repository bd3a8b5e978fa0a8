/* Where libwildebeest's execinfo deliberately differs from glibc 2.36; run
 * on musl only (docs/compat.md lists these). */
#define _GNU_SOURCE
#include <errno.h>
#include <execinfo.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include "lwbtest.h"
#include "bttest.h"

/* glibc: the byte count wraps, and the call dies with SIGBUS. */
START_TEST(overflowing_size)
{
	void *addrs[1] = { NULL };

	errno = 0;
	ck_assert_ptr_null(backtrace_symbols(addrs, INT_MIN));
	ck_assert_int_eq(errno, ENOMEM);
}
END_TEST

static void *frames[64];
static int nframes;
static long seen;

static void first_call(void *arg)
{
	(void)arg;
	bt_count_start();
	nframes = backtrace(frames, 64);
	seen = bt_count_stop();
}

/* glibc: the first call loads libgcc_s.so.1 with dlopen, which allocates.
 * Each Check test runs in a new process, so this is the first call. */
START_TEST(first_call_allocates_nothing)
{
	lwbt_deep(5, first_call, NULL);
	ck_assert_int_gt(nframes, 5);
	ck_assert_int_eq(seen, 0);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc;

	if (BT_ASAN) {
		puts("AddressSanitizer's interceptors stand in for backtrace and backtrace_symbols here");
		return 77;
	}
	s = suite_create("execinfo deviations");
	tc = tcase_create("deviations");

	tcase_add_test(tc, overflowing_size);
	tcase_add_test(tc, first_call_allocates_nothing);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
