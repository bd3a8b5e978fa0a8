/* backtrace and backtrace_symbols_fd allocate no memory, so a crash
 * handler can use them: once glibc has loaded its unwinder (its first
 * backtrace call does that, as the manual warns), neither calls malloc.
 * countalloc.c counts the allocations. */
#define _GNU_SOURCE
#include <execinfo.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "bttest.h"

static void *frames[128];
static volatile int nframes;
static long seen_in_handler;

static sigjmp_buf out;

static void handler(int sig)
{
	int fd = open("/dev/null", O_WRONLY);

	(void)sig;
	bt_count_start();
	nframes = backtrace(frames, 128);
	backtrace_symbols_fd(frames, nframes, fd);
	seen_in_handler = bt_count_stop();
	close(fd);
	siglongjmp(out, 1);
}

static void fault(void *arg)
{
	(void)arg;
	lwbt_fault();
}

START_TEST(no_allocation_in_a_signal_handler)
{
	int fd = open("/dev/null", O_WRONLY);

	/* the warm-up glibc's manual asks for */
	nframes = backtrace(frames, 128);
	backtrace_symbols_fd(frames, nframes, fd);
	close(fd);
	signal(SIGSEGV, handler);
	if (!sigsetjmp(out, 1))
		lwbt_deep(20, fault, NULL);
	ck_assert_int_gt(nframes, 20);
	ck_assert_int_eq(seen_in_handler, 0);
	/* and the counter works: */
	bt_count_start();
	free(backtrace_symbols(frames, 2));
	ck_assert_int_ge(bt_count_stop(), 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("execinfo without malloc");
	TCase *tc = tcase_create("nomalloc");

	tcase_add_test(tc, no_allocation_in_a_signal_handler);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
