#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <sys/types.h>
#include "files.h"

/* A line must fit with its newline, its NUL and one byte to spare: that
 * is how glibc's reader tells a full line from a truncated one, and the
 * buffer sizes at which callers see ERANGE are part of the interface. At
 * the end of the file the buffer is left as it was: the record the caller
 * got last stays valid, as with glibc. */
static int read_line(FILE *f, char *buf, size_t buflen)
{
	size_t n = 0;
	int c;

	while (n < buflen - 1) {
		c = getc_unlocked(f);
		if (c == EOF)
			break;
		buf[n++] = c;
		if (c == '\n')
			break;
	}
	if (n == buflen - 1)
		return ERANGE;
	if (!n)
		return ENOENT;
	buf[n] = 0;
	return 0;
}

char *__lwb_next_line(FILE *f, char *buf, size_t buflen, int *err, off_t *start)
{
	char *p;

	if (buflen < 3) {
		*err = ERANGE;
		return NULL;
	}
	for (;;) {
		*start = ftello(f);
		*err = read_line(f, buf, buflen);
		if (*err == ERANGE && *start >= 0)
			fseeko(f, *start, SEEK_SET);
		if (*err)
			return NULL;
		for (p = buf; isspace((unsigned char)*p); p++)
			;
		if (*p && *p != '#')
			return p;
	}
}
