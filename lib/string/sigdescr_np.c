#include "text.h"

const char *sigdescr_np(int);

/* "Hangup" for SIGHUP; NULL for real-time and unknown signals. */
const char *sigdescr_np(int sig)
{
	const struct __lwb_text *t = __lwb_signal_entry(sig);

	return t ? t->desc : 0;
}
