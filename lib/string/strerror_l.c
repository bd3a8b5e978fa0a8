#define _GNU_SOURCE
#include <locale.h>
#include <string.h>
#include "text.h"

char *__wrap_strerror_l(int, locale_t);

/* Reached through -Wl,--wrap=strerror_l. There are no translations: every
 * locale gets the texts glibc gives in the C locale. */
char *__wrap_strerror_l(int e, locale_t loc)
{
	static _Thread_local char buf[LWB_TEXT_BUF];

	(void)loc;
	return (char *)__lwb_strerror_text(e, buf);
}
