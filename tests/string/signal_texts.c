/* glibc's signal texts: strsignal, sigabbrev_np, sigdescr_np, psignal. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include "lwbtest.h"
#include "capture.h"

static const struct {
	int sig;
	const char *abbrev, *text;
} table[] = {
	{ SIGHUP, "HUP", "Hangup" },
	{ SIGINT, "INT", "Interrupt" },
	{ SIGQUIT, "QUIT", "Quit" },
	{ SIGILL, "ILL", "Illegal instruction" },
	{ SIGTRAP, "TRAP", "Trace/breakpoint trap" },
	{ SIGABRT, "ABRT", "Aborted" },
	{ SIGBUS, "BUS", "Bus error" },
	{ SIGFPE, "FPE", "Floating point exception" },
	{ SIGKILL, "KILL", "Killed" },
	{ SIGUSR1, "USR1", "User defined signal 1" },
	{ SIGSEGV, "SEGV", "Segmentation fault" },
	{ SIGUSR2, "USR2", "User defined signal 2" },
	{ SIGPIPE, "PIPE", "Broken pipe" },
	{ SIGALRM, "ALRM", "Alarm clock" },
	{ SIGTERM, "TERM", "Terminated" },
	{ SIGSTKFLT, "STKFLT", "Stack fault" },
	{ SIGCHLD, "CHLD", "Child exited" },
	{ SIGCONT, "CONT", "Continued" },
	{ SIGSTOP, "STOP", "Stopped (signal)" },
	{ SIGTSTP, "TSTP", "Stopped" },
	{ SIGTTIN, "TTIN", "Stopped (tty input)" },
	{ SIGTTOU, "TTOU", "Stopped (tty output)" },
	{ SIGURG, "URG", "Urgent I/O condition" },
	{ SIGXCPU, "XCPU", "CPU time limit exceeded" },
	{ SIGXFSZ, "XFSZ", "File size limit exceeded" },
	{ SIGVTALRM, "VTALRM", "Virtual timer expired" },
	{ SIGPROF, "PROF", "Profiling timer expired" },
	{ SIGWINCH, "WINCH", "Window changed" },
	{ SIGIO, "POLL", "I/O possible" },
	{ SIGPWR, "PWR", "Power failure" },
	{ SIGSYS, "SYS", "Bad system call" },
};

START_TEST(named_signals)
{
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		ck_assert_str_eq(strsignal(table[i].sig), table[i].text);
		ck_assert_str_eq(sigdescr_np(table[i].sig), table[i].text);
		ck_assert_str_eq(sigabbrev_np(table[i].sig), table[i].abbrev);
	}
	ck_assert_str_eq(sigabbrev_np(SIGIOT), "ABRT");
}
END_TEST

START_TEST(real_time_signals)
{
	char want[64];

	/* Counted from this libc's SIGRTMIN (glibc 34, musl 35). */
	ck_assert_str_eq(strsignal(SIGRTMIN), "Real-time signal 0");
	ck_assert_str_eq(strsignal(SIGRTMIN + 3), "Real-time signal 3");
	snprintf(want, sizeof want, "Real-time signal %d", SIGRTMAX - SIGRTMIN);
	ck_assert_str_eq(strsignal(SIGRTMAX), want);
	ck_assert_ptr_null(sigabbrev_np(SIGRTMIN));
	ck_assert_ptr_null(sigdescr_np(SIGRTMAX));
	/* The ones the libc keeps for itself are unknown. */
	snprintf(want, sizeof want, "Unknown signal %d", SIGRTMIN - 1);
	ck_assert_str_eq(strsignal(SIGRTMIN - 1), want);
}
END_TEST

START_TEST(unknown_signals)
{
	static const int unknown[] = { 0, -1, -100, 100, 2147483647 };
	char want[64];

	for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
		snprintf(want, sizeof want, "Unknown signal %d", unknown[i]);
		ck_assert_str_eq(strsignal(unknown[i]), want);
		ck_assert_ptr_null(sigabbrev_np(unknown[i]));
		ck_assert_ptr_null(sigdescr_np(unknown[i]));
	}
	snprintf(want, sizeof want, "Unknown signal %d", SIGRTMAX + 1);
	ck_assert_str_eq(strsignal(SIGRTMAX + 1), want);
}
END_TEST

START_TEST(psignal_texts)
{
	char want[256];

	capture_start();
	psignal(SIGFPE, "ps");
	psignal(SIGCHLD, "");
	psignal(SIGSEGV, NULL);
	psignal(0, "z");
	psignal(-3, "n");
	/* psignal knows only the named signals. */
	psignal(SIGRTMIN, "r");
	snprintf(want, sizeof want,
		"ps: Floating point exception\n"
		"Child exited\n"
		"Segmentation fault\n"
		"z: Unknown signal 0\n"
		"n: Unknown signal -3\n"
		"r: Unknown signal %d\n", SIGRTMIN);
	ck_assert_str_eq(capture_stop(), want);
}
END_TEST

static void show(int sig, int code, const char *prefix)
{
	siginfo_t si;

	memset(&si, 0, sizeof si);
	si.si_signo = sig;
	si.si_code = code;
	if (sig == SIGSEGV || sig == SIGILL || sig == SIGFPE || sig == SIGBUS) {
		si.si_addr = code == SEGV_ACCERR ? 0 : (void *)0x1234;
	} else if (sig == SIGIO) {
		si.si_band = -7;
	} else {
		si.si_pid = 42;
		si.si_uid = 4000000000u;
		if (sig == SIGCHLD)
			si.si_status = -9;
	}
	psiginfo(&si, prefix);
}

START_TEST(psiginfo_texts)
{
	char want[2048];

	capture_start();
	show(SIGSEGV, SEGV_MAPERR, "a");
	show(SIGSEGV, SEGV_ACCERR, "a");
	show(SIGSEGV, 3, "a");
	show(SIGILL, ILL_PRVREG, "");
	show(SIGFPE, FPE_FLTRES, NULL);
	show(SIGBUS, BUS_OBJERR, "b");
	show(SIGTRAP, TRAP_TRACE, "t");
	show(SIGCHLD, CLD_KILLED, "c");
	show(SIGCHLD, CLD_CONTINUED, "c");
	show(SIGIO, POLL_HUP, "p");
	show(SIGTERM, SI_USER, "u");
	show(SIGTERM, SI_QUEUE, "u");
	show(SIGTERM, SI_TIMER, "u");
	show(SIGTERM, SI_MESGQ, "u");
	show(SIGTERM, SI_ASYNCIO, "u");
	show(SIGTERM, SI_SIGIO, "u");
	show(SIGTERM, SI_TKILL, "u");
	show(SIGTERM, SI_ASYNCNL, "u");
	show(SIGTERM, SI_KERNEL, "u");
	show(SIGTERM, -8, "u");
	show(SIGTERM, 1, "u");
	show(SIGRTMIN, SI_QUEUE, "r");
	show(SIGRTMIN + 1, SI_USER, "r");
	show(SIGRTMAX - 1, SI_USER, "r");
	show(SIGRTMAX, SI_USER, "r");
	show(0, SI_USER, "z");
	show(-1, SI_USER, "z");
	snprintf(want, sizeof want,
		"a: Segmentation fault (Address not mapped to object [0x1234])\n"
		"a: Segmentation fault (Invalid permissions for mapped object [(nil)])\n"
		"a: Segmentation fault (3 [0x1234])\n"
		"Illegal instruction (Privileged register [0x1234])\n"
		"Floating point exception (Floating-poing inexact result [0x1234])\n"
		"b: Bus error (Object-specific hardware error [0x1234])\n"
		"t: Trace/breakpoint trap (Process trace trap 42 4000000000)\n"
		"c: Child exited (Child has terminated abnormally and did not create a core file 42 -9 4000000000)\n"
		"c: Child exited (Stopped child has continued 42 -9 4000000000)\n"
		"p: I/O possible (Device disconnected -7)\n"
		"u: Terminated (Signal sent by kill() 42 4000000000)\n"
		"u: Terminated (Signal sent by sigqueue() 42 4000000000)\n"
		"u: Terminated (Signal generated by the expiration of a timer 42 4000000000)\n"
		"u: Terminated (Signal generated by the arrival of a message on an empty message queue 42 4000000000)\n"
		"u: Terminated (Signal generated by the completion of an asynchronous I/O request 42 4000000000)\n"
		"u: Terminated (Signal generated by the completion of an I/O request 42 4000000000)\n"
		"u: Terminated (Signal sent by tkill() 42 4000000000)\n"
		"u: Terminated (Signal generated by the completion of an asynchronous name lookup request 42 4000000000)\n"
		"u: Terminated (Signal sent by the kernel 42 4000000000)\n"
		"u: Terminated (-8 42 4000000000)\n"
		"u: Terminated (1 42 4000000000)\n"
		"r: SIGRTMIN (Signal sent by sigqueue() 42 4000000000)\n"
		"r: SIGRTMIN+1 (Signal sent by kill() 42 4000000000)\n"
		"r: SIGRTMAX-1 (Signal sent by kill() 42 4000000000)\n"
		"r: Unknown signal %d\n"
		"z: Unknown signal 0\n"
		"z: Unknown signal -1\n", SIGRTMAX);
	ck_assert_str_eq(capture_stop(), want);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("signal texts");
	TCase *tc = tcase_create("signals");

	tcase_add_test(tc, named_signals);
	tcase_add_test(tc, real_time_signals);
	tcase_add_test(tc, unknown_signals);
	tcase_add_test(tc, psignal_texts);
	tcase_add_test(tc, psiginfo_texts);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
