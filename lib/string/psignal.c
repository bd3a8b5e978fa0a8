#include <signal.h>
#include <stdio.h>
#include "text.h"

/* Reached through -Wl,--wrap=psignal: "s: text\n", or "text\n" for a null
 * or empty s. glibc's psignal knows only the named signals: real-time ones
 * are "Unknown signal N" here, unlike strsignal. */
void __wrap_psignal(int sig, const char *s)
{
	const struct __lwb_text *t = __lwb_signal_entry(sig);
	const char *sep = s && *s ? ": " : "";

	if (!s)
		s = "";
	if (t)
		fprintf(stderr, "%s%s%s\n", s, sep, t->desc);
	else
		fprintf(stderr, "%s%sUnknown signal %d\n", s, sep, sig);
}
