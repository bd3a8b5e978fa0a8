#include <string.h>
#include "text.h"

/* Reached through -Wl,--wrap=strsignal: glibc's texts, "Real-time signal
 * N" and "Unknown signal N" in a buffer of the calling thread. */
char *__wrap_strsignal(int sig)
{
	static _Thread_local char buf[LWB_TEXT_BUF];

	return (char *)__lwb_strsignal_text(sig, buf);
}
