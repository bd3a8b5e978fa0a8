#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include "files.h"

/* A line must fit with its newline, its NUL and one byte to spare: that
 * is how glibc's reader tells a full line from a truncated one, and the
 * buffer sizes at which callers see ERANGE are part of the interface. At
 * the end of the file the buffer is left as it was: the record the caller
 * got last stays valid, as with glibc.
 *
 * fgets does the reading (a call per character costs twice glibc's time);
 * *len, the bytes the line took, is then found past a NUL in the line by
 * the newline that ends it. Only a NUL in a last line without a newline
 * makes *len short (to the NUL): glibc returns stale bytes there anyway. */
static int read_line(FILE *f, char *buf, size_t buflen, size_t *len)
{
	char last = buf[buflen - 1], *nl;
	size_t k;

	*len = 0;
	buf[buflen - 1] = 1;
	if (!fgets_unlocked(buf, buflen > INT_MAX ? INT_MAX : (int)buflen, f)) {
		buf[buflen - 1] = last;
		return ENOENT;
	}
	if (!buf[buflen - 1] && buflen <= INT_MAX) {
		*len = buflen - 1;
		return ERANGE;
	}
	k = strlen(buf);
	*len = k;
	if ((!k || buf[k - 1] != '\n') && !feof_unlocked(f)) {
		nl = memchr(buf + k, '\n', buflen - 1 - k);
		if (nl)
			*len = nl - buf + 1;
	}
	return 0;
}

void __lwb_unread(FILE *f, size_t len)
{
	if (len)
		fseeko(f, -(off_t)len, SEEK_CUR);
}

char *__lwb_next_line(FILE *f, char *buf, size_t buflen, int *err, size_t *len)
{
	char *p;

	*len = 0;
	if (buflen < 3) {
		*err = ERANGE;
		return NULL;
	}
	for (;;) {
		*err = read_line(f, buf, buflen, len);
		if (*err == ERANGE)
			__lwb_unread(f, *len);
		if (*err)
			return NULL;
		for (p = buf; isspace((unsigned char)*p); p++)
			;
		if (*p && *p != '#')
			return p;
	}
}
