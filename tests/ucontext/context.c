/* getcontext, setcontext and swapcontext as glibc 2.36 on x86_64: what a
 * context holds, the signal mask and floating-point environment each call
 * saves and restores, and the failures. */
#define _GNU_SOURCE
#include <errno.h>
#include <fenv.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include "lwbtest.h"

int lwbt_getcontext_with(ucontext_t *uc, const long values[6], void **resume, void **sp);
int lwbt_swapcontext_saving(ucontext_t *old, const ucontext_t *uc);

/* Under AddressSanitizer swapcontext is the sanitizer's interceptor, which
 * calls glibc's; glibc's returns from a failure with %r12 changed, and the
 * interceptor loses errno to that. */
#if defined(__SANITIZE_ADDRESS__)
#define UC_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UC_ASAN 1
#endif
#endif
#ifndef UC_ASAN
#define UC_ASAN 0
#endif

static unsigned short x87_control(void)
{
	unsigned short cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void set_x87_control(unsigned short cw)
{
	__asm__ volatile("fldcw %0" : : "m"(cw));
}

static unsigned short x87_status(void)
{
	unsigned short sw;

	__asm__ volatile("fnstsw %0" : "=m"(sw));
	return sw;
}

static unsigned mxcsr(void)
{
	unsigned v;

	__asm__ volatile("stmxcsr %0" : "=m"(v));
	return v;
}

static void set_mxcsr(unsigned v)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(v));
}

static int blocked(int sig)
{
	sigset_t now;

	ck_assert_int_eq(sigprocmask(SIG_BLOCK, NULL, &now), 0);
	return sigismember(&now, sig);
}

static void block(int sig, int how)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	ck_assert_int_eq(sigprocmask(how, &s, NULL), 0);
}

/* Returning twice: the second time from setcontext. */
START_TEST(returns_again_after_setcontext)
{
	ucontext_t uc;
	volatile int times = 0;

	ck_assert_int_eq(getcontext(&uc), 0);
	if (++times < 5)
		setcontext(&uc);
	ck_assert_int_eq(times, 5);
}
END_TEST

/* What a garbage collector or a debugger reads from gregs. */
START_TEST(registers_saved)
{
	static const long values[6] = { 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666 };
	static ucontext_t uc;
	void *resume, *sp;

	memset(&uc, 0xa5, sizeof uc);
	ck_assert_int_eq(lwbt_getcontext_with(&uc, values, &resume, &sp), 0);
	ck_assert_int_eq(uc.uc_mcontext.gregs[REG_RBX], values[0]);
	ck_assert_int_eq(uc.uc_mcontext.gregs[REG_RBP], values[1]);
	ck_assert_int_eq(uc.uc_mcontext.gregs[REG_R12], values[2]);
	ck_assert_int_eq(uc.uc_mcontext.gregs[REG_R13], values[3]);
	ck_assert_int_eq(uc.uc_mcontext.gregs[REG_R14], values[4]);
	ck_assert_int_eq(uc.uc_mcontext.gregs[REG_R15], values[5]);
	ck_assert_ptr_eq((void *)uc.uc_mcontext.gregs[REG_RIP], resume);
	ck_assert_ptr_eq((void *)uc.uc_mcontext.gregs[REG_RSP], sp);
	ck_assert_ptr_eq((void *)uc.uc_mcontext.gregs[REG_RDI], &uc);
	ck_assert_ptr_eq((void *)uc.uc_mcontext.gregs[REG_RSI], values);
	/* the floating-point state is kept inside the context */
	ck_assert_ptr_eq(uc.uc_mcontext.fpregs, (void *)&uc.__fpregs_mem);
	ck_assert_uint_eq(uc.uc_mcontext.fpregs->cwd, x87_control());
	ck_assert_uint_eq(uc.uc_mcontext.fpregs->mxcsr, mxcsr());
	/* glibc does not touch uc_link or uc_stack */
	{
		unsigned char *b = (unsigned char *)&uc;

		for (size_t i = offsetof(ucontext_t, uc_link); i < offsetof(ucontext_t, uc_mcontext); i++)
			ck_assert_uint_eq(b[i], 0xa5);
	}
}
END_TEST

START_TEST(signal_mask_saved_and_restored)
{
	ucontext_t uc;
	volatile int pass = 0;

	block(SIGUSR1, SIG_BLOCK);
	block(SIGUSR2, SIG_UNBLOCK);
	ck_assert_int_eq(getcontext(&uc), 0);
	ck_assert_int_eq(sigismember(&uc.uc_sigmask, SIGUSR1), 1);
	ck_assert_int_eq(sigismember(&uc.uc_sigmask, SIGUSR2), 0);
	if (pass++ == 0) {
		block(SIGUSR1, SIG_UNBLOCK);
		block(SIGUSR2, SIG_BLOCK);
		setcontext(&uc);
	}
	ck_assert_int_eq(pass, 2);
	ck_assert_int_eq(blocked(SIGUSR1), 1);
	ck_assert_int_eq(blocked(SIGUSR2), 0);
	/* a changed saved mask is the one set */
	pass = 0;
	ck_assert_int_eq(getcontext(&uc), 0);
	if (pass++ == 0) {
		sigaddset(&uc.uc_sigmask, SIGUSR2);
		setcontext(&uc);
	}
	ck_assert_int_eq(blocked(SIGUSR2), 1);
}
END_TEST

static volatile sig_atomic_t delivered;

static void on_usr2(int sig)
{
	(void)sig;
	delivered++;
}

/* A signal left pending while blocked arrives when setcontext unblocks it. */
START_TEST(pending_signal_arrives_on_setcontext)
{
	ucontext_t uc;
	volatile int pass = 0;

	signal(SIGUSR2, on_usr2);
	block(SIGUSR2, SIG_UNBLOCK);
	ck_assert_int_eq(getcontext(&uc), 0);
	if (pass++ == 0) {
		block(SIGUSR2, SIG_BLOCK);
		raise(SIGUSR2);
		ck_assert_int_eq(delivered, 0);
		setcontext(&uc);
	}
	ck_assert_int_eq(delivered, 1);
}
END_TEST

/* glibc keeps the x87 environment (control and status words) and MXCSR
 * (rounding, exception masks and flags) with the context. */
START_TEST(floating_point_environment)
{
	ucontext_t uc;
	volatile int pass = 0;
	unsigned short cw = x87_control();
	unsigned mx = mxcsr();

	ck_assert_int_eq(getcontext(&uc), 0);
	if (pass++ == 0) {
		volatile double x = 1.0, zero = 0.0;

		ck_assert_int_eq(fesetround(FE_UPWARD), 0);
		set_x87_control((unsigned short)(x87_control() & ~0x300));	/* single precision */
		x = x / zero;	/* MXCSR divide-by-zero flag */
		__asm__ volatile("fld1; fldz; fdivrp; fstp %%st(0)" ::: "memory");	/* x87 too */
		ck_assert_uint_ne(x87_status() & 0x04, 0);
		ck_assert_uint_ne(mxcsr() & 0x04, 0);
		setcontext(&uc);
	}
	ck_assert_uint_eq(x87_control(), cw);
	ck_assert_uint_eq(mxcsr(), mx);
	ck_assert_uint_eq(x87_status() & 0x3f, 0);
	ck_assert_int_eq(fegetround(), FE_TONEAREST);
	ck_assert_int_eq(fetestexcept(FE_ALL_EXCEPT), 0);

	/* what the saved context says is what is set */
	pass = 0;
	ck_assert_int_eq(getcontext(&uc), 0);
	if (pass++ == 0) {
		uc.uc_mcontext.fpregs->cwd = 0x027f;
		uc.uc_mcontext.fpregs->mxcsr = 0x3f80;	/* round down */
		setcontext(&uc);
	}
	ck_assert_uint_eq(x87_control(), 0x027f);
	ck_assert_uint_eq(mxcsr(), 0x3f80);
	set_x87_control(cw);
	set_mxcsr(mx);
}
END_TEST

/* A context whose signal mask cannot be read: the call fails with EFAULT
 * before anything changes. (swapcontext is called through a shim that
 * keeps the registers glibc's failure path does not: see deviations.c.) */
START_TEST(unreadable_mask_fails)
{
	long page = sysconf(_SC_PAGESIZE);
	char *m = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ucontext_t *bad = (ucontext_t *)(m + page - offsetof(ucontext_t, uc_sigmask));
	ucontext_t here, old;
	unsigned mx = mxcsr();

	ck_assert_ptr_ne(m, MAP_FAILED);
	ck_assert_int_eq(getcontext(&here), 0);
	memcpy(bad, &here, offsetof(ucontext_t, uc_sigmask));
	ck_assert_int_eq(mprotect(m + page, page, PROT_NONE), 0);
	block(SIGUSR1, SIG_BLOCK);

	set_mxcsr(mx ^ 0x6000);	/* round toward zero, to see it kept */
	errno = 0;
	ck_assert_int_eq(setcontext(bad), -1);
	ck_assert_int_eq(errno, EFAULT);
	ck_assert_uint_eq(mxcsr(), mx ^ 0x6000);
	ck_assert_int_eq(blocked(SIGUSR1), 1);

	memset(&old.uc_sigmask, 0x5a, sizeof old.uc_sigmask);
	errno = 0;
	ck_assert_int_eq(lwbt_swapcontext_saving(&old, bad), -1);
	if (!UC_ASAN)
		ck_assert_int_eq(errno, EFAULT);
	ck_assert_uint_eq(mxcsr(), mx ^ 0x6000);
	ck_assert_int_eq(blocked(SIGUSR1), 1);
	/* the old mask was not written */
	ck_assert_uint_eq(((unsigned char *)&old.uc_sigmask)[0], 0x5a);
	set_mxcsr(mx);
	munmap(m, 2 * page);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("getcontext setcontext swapcontext");
	TCase *tc = tcase_create("context");

	tcase_add_test(tc, returns_again_after_setcontext);
	tcase_add_test(tc, registers_saved);
	tcase_add_test(tc, signal_mask_saved_and_restored);
	tcase_add_test(tc, pending_signal_arrives_on_setcontext);
	tcase_add_test(tc, floating_point_environment);
	tcase_add_test(tc, unreadable_mask_fails);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
