/* makecontext and swapcontext as glibc 2.36 on x86_64: coroutines on their
 * own stacks, arguments, the return through uc_link, the process exit
 * without one, and per-context signal mask and floating-point state. */
#define _GNU_SOURCE
#include <fenv.h>
#include <stddef.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>
#include "lwbtest.h"

#define STACK (256 * 1024)

static ucontext_t main_ctx, co_ctx, other_ctx;

static char *new_stack(ucontext_t *uc, size_t size, ucontext_t *link)
{
	char *stack = malloc(size);

	ck_assert_ptr_nonnull(stack);
	ck_assert_int_eq(getcontext(uc), 0);
	uc->uc_stack.ss_sp = stack;
	uc->uc_stack.ss_size = size;
	uc->uc_link = link;
	return stack;
}

/* Ping-pong: the coroutine and main take turns, each resumed where it
 * left off. */
static volatile int turns_main, turns_co;

static void ping(void)
{
	for (int i = 0; i < 1000; i++) {
		ck_assert_int_eq(turns_co, turns_main - 1);
		turns_co++;
		ck_assert_int_eq(swapcontext(&co_ctx, &main_ctx), 0);
	}
}

START_TEST(ping_pong)
{
	char *stack = new_stack(&co_ctx, STACK, &main_ctx);

	makecontext(&co_ctx, ping, 0);
	for (int i = 0; i < 1000; i++) {
		turns_main++;
		ck_assert_int_eq(swapcontext(&main_ctx, &co_ctx), 0);
		ck_assert_int_eq(turns_co, turns_main);
	}
	/* once more: ping returns, and uc_link brings us back here */
	ck_assert_int_eq(swapcontext(&main_ctx, &co_ctx), 0);
	ck_assert_int_eq(turns_co, 1000);
	free(stack);
}
END_TEST

/* Several coroutines in turn, each with its own stack and locals. */
#define NCO 4
static ucontext_t sched, coroutines[NCO];
static long sums[NCO];

static void worker(int id, int step)
{
	long local = 0;

	for (int i = 0; i < 100; i++) {
		local += step;
		sums[id] = local;
		ck_assert_int_eq(swapcontext(&coroutines[id], &sched), 0);
	}
}

START_TEST(round_robin)
{
	char *stacks[NCO];

	for (int id = 0; id < NCO; id++) {
		stacks[id] = new_stack(&coroutines[id], STACK, &sched);
		makecontext(&coroutines[id], (void (*)(void))worker, 2, id, id + 1);
	}
	for (int round = 0; round < 100; round++)
		for (int id = 0; id < NCO; id++)
			ck_assert_int_eq(swapcontext(&sched, &coroutines[id]), 0);
	for (int id = 0; id < NCO; id++) {
		ck_assert_int_eq(sums[id], 100L * (id + 1));
		free(stacks[id]);
	}
}
END_TEST

static int got[10];
static void *got_p[2];
static uintptr_t frame_address;

static void ten(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j)
{
	int v[10] = { a, b, c, d, e, f, g, h, i, j };

	memcpy(got, v, sizeof v);
	frame_address = (uintptr_t)__builtin_frame_address(0);
}

static void seven(int a, int b, int c, int d, int e, int f, int g)
{
	int v[7] = { a, b, c, d, e, f, g };

	memcpy(got, v, sizeof v);
	frame_address = (uintptr_t)__builtin_frame_address(0);
}

static void one(int a)
{
	got[0] = a;
	frame_address = (uintptr_t)__builtin_frame_address(0);
}

static void pointers(void *p, void *q)
{
	got_p[0] = p;
	got_p[1] = q;
}

/* Up to six in registers, the rest on the stack; the stack 16-byte
 * aligned as the calling convention wants. glibc reads each argument as a
 * 64-bit word, so on x86_64 pointers pass whole. */
START_TEST(arguments)
{
	char *stack = new_stack(&co_ctx, STACK, &main_ctx);

	makecontext(&co_ctx, (void (*)(void))ten, 10, 1, -2, 3, -4, 5, -6, 7, -8, 9, -2147483647 - 1);
	ck_assert_int_eq(swapcontext(&main_ctx, &co_ctx), 0);
	for (int i = 0; i < 9; i++)
		ck_assert_int_eq(got[i], (i % 2 ? -1 : 1) * (i + 1));
	ck_assert_int_eq(got[9], -2147483647 - 1);
	ck_assert_uint_eq(frame_address % 16, 0);
	ck_assert_uint_gt(frame_address, (uintptr_t)stack);
	ck_assert_uint_lt(frame_address, (uintptr_t)stack + STACK);

	ck_assert_int_eq(getcontext(&co_ctx), 0);
	makecontext(&co_ctx, (void (*)(void))seven, 7, 10, 20, 30, 40, 50, 60, 70);
	ck_assert_int_eq(swapcontext(&main_ctx, &co_ctx), 0);
	for (int i = 0; i < 7; i++)
		ck_assert_int_eq(got[i], 10 * (i + 1));
	ck_assert_uint_eq(frame_address % 16, 0);

	/* an odd-sized stack: the top is aligned down */
	co_ctx.uc_stack.ss_size = STACK - 13;
	makecontext(&co_ctx, (void (*)(void))one, 1, 42);
	ck_assert_int_eq(swapcontext(&main_ctx, &co_ctx), 0);
	ck_assert_int_eq(got[0], 42);
	ck_assert_uint_eq(frame_address % 16, 0);
	ck_assert_uint_lt(frame_address, (uintptr_t)stack + STACK - 13);

	makecontext(&co_ctx, (void (*)(void))pointers, 2, (void *)0x123456789abcULL, (void *)&main_ctx);
	ck_assert_int_eq(swapcontext(&main_ctx, &co_ctx), 0);
	ck_assert_ptr_eq(got_p[0], (void *)0x123456789abcULL);
	ck_assert_ptr_eq(got_p[1], &main_ctx);
	free(stack);
}
END_TEST

static volatile int landed;

static void nothing(void)
{
}

/* uc_link is read by makecontext: changing it afterwards changes nothing. */
START_TEST(uc_link_read_by_makecontext)
{
	char *stack = new_stack(&co_ctx, STACK, &main_ctx);
	volatile int pass = 0;

	makecontext(&co_ctx, nothing, 0);
	co_ctx.uc_link = &other_ctx;
	ck_assert_int_eq(getcontext(&other_ctx), 0);
	if (pass++ == 0) {
		ck_assert_int_eq(swapcontext(&main_ctx, &co_ctx), 0);
		landed = 1;	/* back through main_ctx, the link at makecontext */
	}
	ck_assert_int_eq(landed, 1);
	ck_assert_int_eq(pass, 1);
	free(stack);
}
END_TEST

static size_t depth_reached;
static uintptr_t lowest;

/* Each frame hands its own array to the next, so all of them live at once
 * (no call here can become a loop). */
static size_t recurse(size_t n, volatile char *caller)
{
	volatile char pad[64];

	pad[0] = caller[0];
	if (n == 0) {
		lowest = (uintptr_t)pad;
		return 0;
	}
	return 1 + recurse(n - 1, pad) + (size_t)(pad[0] != caller[0]);
}

static void deep(void)
{
	volatile char top = 1;

	depth_reached = recurse(20000, &top);
}

/* A deep recursion inside a coroutine, on a large stack of its own. */
START_TEST(deep_stack)
{
	size_t size = 16 << 20;
	char *stack = new_stack(&co_ctx, size, &main_ctx);

	makecontext(&co_ctx, deep, 0);
	ck_assert_int_eq(swapcontext(&main_ctx, &co_ctx), 0);
	ck_assert_uint_eq(depth_reached, 20000);
	ck_assert_uint_gt(lowest, (uintptr_t)stack);
	ck_assert_uint_lt(lowest, (uintptr_t)stack + size - 20000 * 64);
	free(stack);
}
END_TEST

/* Each context has its own signal mask and floating-point environment,
 * those of the getcontext that made it. */
static volatile int co_usr1_blocked, co_round;

static void check_own_state(void)
{
	sigset_t now;

	sigprocmask(SIG_BLOCK, NULL, &now);
	co_usr1_blocked = sigismember(&now, SIGUSR1);
	co_round = fegetround();
	/* change both; main must not see it */
	sigaddset(&now, SIGUSR2);
	sigprocmask(SIG_SETMASK, &now, NULL);
	fesetround(FE_DOWNWARD);
}

START_TEST(own_mask_and_rounding)
{
	char *stack;
	sigset_t s, now;

	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigaddset(&s, SIGUSR2);
	sigprocmask(SIG_UNBLOCK, &s, NULL);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_BLOCK, &s, NULL);
	fesetround(FE_UPWARD);
	stack = new_stack(&co_ctx, STACK, &main_ctx);
	makecontext(&co_ctx, check_own_state, 0);
	/* main moves on: unblocks SIGUSR1, rounds toward zero */
	sigprocmask(SIG_UNBLOCK, &s, NULL);
	fesetround(FE_TOWARDZERO);
	ck_assert_int_eq(swapcontext(&main_ctx, &co_ctx), 0);
	ck_assert_int_eq(co_usr1_blocked, 1);
	ck_assert_int_eq(co_round, FE_UPWARD);
	/* back in main, main's own */
	sigprocmask(SIG_BLOCK, NULL, &now);
	ck_assert_int_eq(sigismember(&now, SIGUSR1), 0);
	ck_assert_int_eq(sigismember(&now, SIGUSR2), 0);
	ck_assert_int_eq(fegetround(), FE_TOWARDZERO);
	fesetround(FE_TONEAREST);
	free(stack);
}
END_TEST

static void say_and_return(void)
{
	printf("returned\n");
	fflush(stdout);
}

static void on_exit_handler(void)
{
	printf("atexit\n");
	fflush(stdout);
}

/* In a child process: run a function with the given link; report what
 * printed and how the process ended. */
static int child_status(ucontext_t *link, char *out, size_t size)
{
	int p[2], status;
	pid_t pid;
	ssize_t got_n, len = 0;

	ck_assert_int_eq(pipe(p), 0);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		dup2(p[1], 1);
		atexit(on_exit_handler);
		new_stack(&co_ctx, STACK, link);
		makecontext(&co_ctx, say_and_return, 0);
		setcontext(&co_ctx);
		_exit(99);
	}
	close(p[1]);
	while ((got_n = read(p[0], out + len, size - (size_t)len - 1)) > 0)
		len += got_n;
	out[len] = 0;
	close(p[0]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	return status;
}

/* Without uc_link the process exits with status 0 when the function
 * returns, running atexit handlers (exit(0)). */
START_TEST(no_link_exits)
{
	char out[64];
	int status = child_status(NULL, out, sizeof out);

	ck_assert(WIFEXITED(status));
	ck_assert_int_eq(WEXITSTATUS(status), 0);
	ck_assert_str_eq(out, "returned\natexit\n");
}
END_TEST

/* A link that cannot be entered: exit(-1), status 255. */
START_TEST(bad_link_exits_255)
{
	long page = sysconf(_SC_PAGESIZE);
	char *m = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ucontext_t *bad = (ucontext_t *)(m + page - offsetof(ucontext_t, uc_sigmask));
	char out[64];
	int status;

	ck_assert_ptr_ne(m, MAP_FAILED);
	ck_assert_int_eq(getcontext(&other_ctx), 0);
	memcpy(bad, &other_ctx, offsetof(ucontext_t, uc_sigmask));
	ck_assert_int_eq(mprotect(m + page, page, PROT_NONE), 0);
	status = child_status(bad, out, sizeof out);
	ck_assert(WIFEXITED(status));
	ck_assert_int_eq(WEXITSTATUS(status), 255);
	ck_assert_str_eq(out, "returned\natexit\n");
	munmap(m, 2 * page);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("makecontext swapcontext");
	TCase *tc = tcase_create("makecontext");

	tcase_add_test(tc, ping_pong);
	tcase_add_test(tc, round_robin);
	tcase_add_test(tc, arguments);
	tcase_add_test(tc, uc_link_read_by_makecontext);
	tcase_add_test(tc, deep_stack);
	tcase_add_test(tc, own_mask_and_rounding);
	tcase_add_test(tc, no_link_exits);
	tcase_add_test(tc, bad_link_exits_255);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
