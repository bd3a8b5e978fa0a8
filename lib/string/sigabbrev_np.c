#include "text.h"

const char *sigabbrev_np(int);

/* "HUP" for SIGHUP; NULL for real-time and unknown signals. */
const char *sigabbrev_np(int sig)
{
	const struct __lwb_text *t = __lwb_signal_entry(sig);

	return t ? t->name : 0;
}
