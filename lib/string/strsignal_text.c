#define _GNU_SOURCE
#include <signal.h>
#include "text.h"

const char *__lwb_strsignal_text(int sig, char *buf)
{
	const struct __lwb_text *t = __lwb_signal_entry(sig);

	if (t)
		return t->desc;
	/* Numbered from this libc's SIGRTMIN: musl keeps three for itself
	 * where glibc keeps two. */
	if (sig >= SIGRTMIN && sig <= SIGRTMAX)
		return __lwb_unknown_text(buf, "Real-time signal ", sig - SIGRTMIN);
	return __lwb_unknown_text(buf, "Unknown signal ", sig);
}
