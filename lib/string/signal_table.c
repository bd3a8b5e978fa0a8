#define _GNU_SOURCE
#include <signal.h>
#include "text.h"

/* glibc 2.36's sigabbrev_np and sigdescr_np, as measured on x86_64. */
const struct __lwb_text __lwb_signal_table[] = {
	[SIGHUP] = { "HUP", "Hangup" },
	[SIGINT] = { "INT", "Interrupt" },
	[SIGQUIT] = { "QUIT", "Quit" },
	[SIGILL] = { "ILL", "Illegal instruction" },
	[SIGTRAP] = { "TRAP", "Trace/breakpoint trap" },
	[SIGABRT] = { "ABRT", "Aborted" },
	[SIGBUS] = { "BUS", "Bus error" },
	[SIGFPE] = { "FPE", "Floating point exception" },
	[SIGKILL] = { "KILL", "Killed" },
	[SIGUSR1] = { "USR1", "User defined signal 1" },
	[SIGSEGV] = { "SEGV", "Segmentation fault" },
	[SIGUSR2] = { "USR2", "User defined signal 2" },
	[SIGPIPE] = { "PIPE", "Broken pipe" },
	[SIGALRM] = { "ALRM", "Alarm clock" },
	[SIGTERM] = { "TERM", "Terminated" },
	[SIGCHLD] = { "CHLD", "Child exited" },
	[SIGCONT] = { "CONT", "Continued" },
	[SIGSTOP] = { "STOP", "Stopped (signal)" },
	[SIGTSTP] = { "TSTP", "Stopped" },
	[SIGTTIN] = { "TTIN", "Stopped (tty input)" },
	[SIGTTOU] = { "TTOU", "Stopped (tty output)" },
	[SIGURG] = { "URG", "Urgent I/O condition" },
	[SIGXCPU] = { "XCPU", "CPU time limit exceeded" },
	[SIGXFSZ] = { "XFSZ", "File size limit exceeded" },
	[SIGVTALRM] = { "VTALRM", "Virtual timer expired" },
	[SIGPROF] = { "PROF", "Profiling timer expired" },
	[SIGWINCH] = { "WINCH", "Window changed" },
	[SIGIO] = { "POLL", "I/O possible" },
	[SIGSYS] = { "SYS", "Bad system call" },
#ifdef SIGSTKFLT
	[SIGSTKFLT] = { "STKFLT", "Stack fault" },
#endif
#ifdef SIGPWR
	[SIGPWR] = { "PWR", "Power failure" },
#endif
};

const size_t __lwb_signal_count = sizeof __lwb_signal_table / sizeof __lwb_signal_table[0];

const struct __lwb_text *__lwb_signal_entry(int sig)
{
	if (sig < 0 || (size_t)sig >= __lwb_signal_count || !__lwb_signal_table[sig].desc)
		return 0;
	return &__lwb_signal_table[sig];
}
