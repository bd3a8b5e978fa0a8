#include <errno.h>
#include <stdio.h>
#include "text.h"

/* Reached through -Wl,--wrap=perror: "s: text\n", or "text\n" for a null
 * or empty s, with glibc's text. */
void __wrap_perror(const char *s)
{
	char unknown[LWB_TEXT_BUF];
	int e = errno;
	const char *text = __lwb_strerror_text(e, unknown);

	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, text);
	else
		fprintf(stderr, "%s\n", text);
	errno = e;
}
