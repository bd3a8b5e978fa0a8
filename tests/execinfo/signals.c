/* backtrace from signal handlers, through the signal frame into code with
 * no frame pointers, 64 calls deep: a fault (synchronous), a timer
 * interrupting a loop (asynchronous), and on an alternate signal stack. */
#define _GNU_SOURCE
#include <execinfo.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <ucontext.h>
#include <unistd.h>
#include "lwbtest.h"
#include "bttest.h"

#define DEPTH 64
#define MAX 256

static void *frames[MAX];
static volatile int nframes;
static volatile int stop;
static sigjmp_buf out;
static char fd_text[65536];
static volatile int fd_len;

static void record(void)
{
	int p[2];

	nframes = backtrace(frames, MAX);
	/* backtrace_symbols_fd too, as crash handlers do */
	if (pipe(p) == 0) {
		backtrace_symbols_fd(frames, nframes, p[1]);
		close(p[1]);
		fd_len = (int)read(p[0], fd_text, sizeof fd_text - 1);
		close(p[0]);
	}
}

static void on_fault(int sig)
{
	(void)sig;
	record();
	siglongjmp(out, 1);
}

/* The timer may also fire on the way down: record only from the loop. */
static void on_timer(int sig, siginfo_t *si, void *ctx)
{
	uintptr_t pc = (uintptr_t)((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RIP];

	(void)sig;
	(void)si;
	if (!stop && pc >= (uintptr_t)lwbt_spin && pc < (uintptr_t)lwbt_spin_end) {
		record();
		stop = 1;
	}
}

static void run_fault(void *arg)
{
	(void)arg;
	lwbt_fault();
}

static void run_spin(void *arg)
{
	(void)arg;
	lwbt_spin(&stop);
}

/* After the handler's own frames: the interrupted instruction, the leaf
 * frame's return, then DEPTH recursive returns. */
static void check_through_signal_frame(char *lo, char *hi)
{
	int i = 0;

	ck_assert_int_lt(nframes, MAX);
	while (i < nframes && !((char *)frames[i] >= lo && (char *)frames[i] < hi))
		i++;
	ck_assert_msg(i < nframes, "the interrupted code is not in the backtrace");
	ck_assert_int_le(i, 4);
	ck_assert_int_ge(nframes, i + 2 + DEPTH);
	ck_assert_ptr_eq(frames[i + 1], lwbt_deep_leaf_return);
	for (int k = 0; k < DEPTH; k++)
		ck_assert_ptr_eq(frames[i + 2 + k], lwbt_deep_return);
	ck_assert_ptr_ne(frames[i + 2 + DEPTH], lwbt_deep_return);
	/* one line per frame from backtrace_symbols_fd */
	fd_text[fd_len > 0 ? fd_len : 0] = 0;
	{
		int lines = 0;

		for (char *c = fd_text; *c; c++)
			lines += *c == '\n';
		ck_assert_int_eq(lines, nframes);
	}
}

static void fault_at_depth(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_fault;
	sa.sa_flags = flags;
	ck_assert_int_eq(sigaction(SIGSEGV, &sa, NULL), 0);
	if (!sigsetjmp(out, 1))
		lwbt_deep(DEPTH, run_fault, NULL);
	check_through_signal_frame(lwbt_fault_insn, lwbt_fault_insn + 1);
}

START_TEST(fault_64_deep)
{
	fault_at_depth(0);
}
END_TEST

START_TEST(fault_64_deep_on_an_alternate_stack)
{
	stack_t ss = { .ss_size = 1 << 16 };

	ss.ss_sp = malloc(ss.ss_size);
	ck_assert_ptr_nonnull(ss.ss_sp);
	ck_assert_int_eq(sigaltstack(&ss, NULL), 0);
	fault_at_depth(SA_ONSTACK);
	ss.ss_flags = SS_DISABLE;
	ck_assert_int_eq(sigaltstack(&ss, NULL), 0);
	free(ss.ss_sp);
}
END_TEST

START_TEST(timer_interrupts_a_loop_64_deep)
{
	struct sigaction sa;
	struct itimerval it = { { 0, 2000 }, { 0, 2000 } };

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_timer;
	sa.sa_flags = SA_RESTART | SA_SIGINFO;
	ck_assert_int_eq(sigaction(SIGPROF, &sa, NULL), 0);
	ck_assert_int_eq(setitimer(ITIMER_PROF, &it, NULL), 0);
	lwbt_deep(DEPTH, run_spin, NULL);
	memset(&it, 0, sizeof it);
	ck_assert_int_eq(setitimer(ITIMER_PROF, &it, NULL), 0);
	check_through_signal_frame((char *)lwbt_spin, lwbt_spin_end);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("backtrace in signal handlers");
	TCase *tc = tcase_create("signals");

	tcase_add_test(tc, fault_64_deep);
	tcase_add_test(tc, fault_64_deep_on_an_alternate_stack);
	tcase_add_test(tc, timer_interrupts_a_loop_64_deep);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
