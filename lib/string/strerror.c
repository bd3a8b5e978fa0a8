#include <string.h>
#include "text.h"

/* Reached through -Wl,--wrap=strerror: glibc's texts. An unknown value's
 * "Unknown error N" lives in a buffer of the calling thread, as glibc's. */
char *__wrap_strerror(int e)
{
	static _Thread_local char buf[LWB_TEXT_BUF];

	return (char *)__lwb_strerror_text(e, buf);
}
