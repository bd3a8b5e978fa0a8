#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../dbfile.h"
#include "netgr.h"

/* A line ending in a backslash continues on the next one; the backslash
 * and newline then count as one separating byte (glibc's buffer sizes
 * count it). That is decided on the bytes read: a NUL ends the text of a
 * logical line (nothing after it counts, in that line or the lines that
 * continue it) but not the line itself. */
static int continues(const char *line, size_t raw)
{
	return raw >= 2 && line[raw - 1] == '\n' && line[raw - 2] == '\\';
}

/* glibc compares the name with the start of each line that does not
 * continue another, and wants white space right after it: there are no
 * comments (a line starting "# " is the group "#"), an indented line names
 * no group, and a name ending a file without a newline is not found. */
static int names(const char *line, const char *group, size_t glen)
{
	return !strncmp(line, group, glen) && line[glen]
		&& isspace((unsigned char)line[glen]);
}

/* Adds line[from, len) to the text, a continuation's backslash-newline
 * as a newline. */
static int add_line(char **text, size_t *tlen, const char *line, size_t from,
	size_t len, int more)
{
	size_t end = more ? len - 2 : len;
	char *t;

	if (end < from)
		end = from;
	t = realloc(*text, *tlen + (end - from) + 2);
	if (!t)
		return -1;
	memcpy(t + *tlen, line + from, end - from);
	*tlen += end - from;
	if (more)
		t[(*tlen)++] = '\n';
	t[*tlen] = 0;
	*text = t;
	return 0;
}

int __lwb_netgr_find(const char *group, char **text)
{
	char iobuf[LWB_DB_IOBUF];
	FILE *f = lwb_db_open("/etc/netgroup", iobuf, sizeof iobuf);
	char *line = NULL;
	size_t cap = 0, glen = strlen(group), len, tlen = 0;
	ssize_t raw;
	int found = 0, more = 0, cut = 0, first, err = 0;

	*text = NULL;
	if (!f)
		return -1;
	while ((raw = getline(&line, &cap, f)) > 0) {
		len = strlen(line);
		first = !more;
		more = continues(line, raw);
		if (first && found)
			break;
		if (first && glen && names(line, group, glen))
			found = 1;
		else if (first || !found || cut)
			continue;
		if (len < (size_t)raw)
			cut = 1;
		if (add_line(text, &tlen, line, first ? glen : 0, len, more && !cut)) {
			err = 1;
			break;
		}
	}
	free(line);
	fclose(f);
	if (err) {
		free(*text);
		*text = NULL;
		errno = ENOMEM;
		return -1;
	}
	return found;
}
