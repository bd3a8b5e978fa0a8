#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>
#include "alias.h"

#define PTR sizeof(char *)

/* glibc reads an entry's lines into the caller's buffer, behind the
 * strings it has kept and ahead of the room it holds back for the member
 * pointers, so the sizes at which ERANGE comes depend on the lines as well
 * as on the entry; they are part of the interface. libwildebeest reads
 * the lines into memory of its own and applies the sizes measured on
 * glibc 2.36. With room the buffer length rounded down to a multiple of a
 * pointer, kept the bytes of the name and the members taken so far (each
 * with its NUL) and count the members taken so far:
 *   - a line read between entries needs its bytes + 2 <= room;
 *   - a continuation line, its bytes + 1 <= room - kept - count pointers;
 *   - a line of an :include: file, its bytes + 2 <= room - kept - count
 *     pointers (more in include(), below);
 *   - the entry, kept + count pointers <= room.
 * A buffer smaller than a pointer is ERANGE even at the end of the file. */
struct acc {
	char *text;
	size_t kept, cap, count, room;
	int open_err;
};

static int keep(struct acc *a, const char *s, size_t len)
{
	size_t want = a->kept + len + 1, cap = a->cap ? a->cap : 256;
	char *t;

	if (want > a->cap) {
		while (cap < want)
			cap *= 2;
		t = realloc(a->text, cap);
		if (!t)
			return ENOMEM;
		a->text = t;
		a->cap = cap;
	}
	memcpy(a->text + a->kept, s, len);
	a->text[a->kept + len] = 0;
	a->kept = want;
	return 0;
}

/* Whether len bytes and spare more fit in the room that is left once
 * ptrs member pointers are held back. */
static int fits(const struct acc *a, size_t ptrs, size_t len, size_t spare)
{
	size_t left;

	if (a->kept > a->room || ptrs > (a->room - a->kept) / PTR)
		return 0;
	left = a->room - a->kept - ptrs * PTR;
	return len <= left && spare <= left - len;
}

/* A line's text ends at its newline, at a NUL, or where a '#' starts a
 * comment (anywhere in the line). */
static char *text(char *line)
{
	line[strcspn(line, "#\n")] = 0;
	return line;
}

static char *skip_space(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return s;
}

/* Reads a line, its newline included, into *line, NUL-terminated: its
 * length, 0 at the end of the file (or on a read error: see ferror), -1
 * when memory runs out. A line of more than max bytes is not read further:
 * the result is then max + 1, so that a huge line (or an endless file)
 * costs no more than the caller's buffer. */
static ssize_t read_line(FILE *f, char **line, size_t *cap, size_t max)
{
	size_t len = 0;
	char *p;
	int c;

	for (;;) {
		if (len + 1 >= *cap) {
			p = realloc(*line, *cap ? 2 * *cap : 128);
			if (!p)
				return -1;
			*line = p;
			*cap = *cap ? 2 * *cap : 128;
		}
		if (len > max || (c = getc_unlocked(f)) == EOF)
			break;
		(*line)[len++] = c;
		if (c == '\n')
			break;
	}
	(*line)[len] = 0;
	return len;
}

/* What is left of the room once ptrs member pointers are held back and
 * spare bytes are kept free: the longest line that fits. */
static size_t room_for(const struct acc *a, size_t ptrs, size_t spare)
{
	size_t left;

	if (a->kept > a->room || ptrs > (a->room - a->kept) / PTR)
		return 0;
	left = a->room - a->kept - ptrs * PTR;
	return left > spare ? left - spare : 0;
}

static int list(struct acc *a, char *s, int main_file, int newline, char **last);

/* Whether a line ends in a newline; asked before text() cuts it. */
static int has_newline(const char *line, size_t len)
{
	return len && line[len - 1] == '\n';
}

/* Every line of an included file is a list of members: blank lines and
 * comments give none, and nothing continues a line. A file that cannot be
 * opened or read gives no members and leaves its errno, as in glibc.
 * Besides the room for each line, glibc needs 2 bytes for the read that
 * finds the end of the file after a newline. After a last line without
 * one it reads on past the line's end, so that near the smallest size its
 * answer depends on what the buffer held and where it is: here such a
 * line's members need one byte more, which is what glibc needs when the
 * last member ends the line. */
static int include(struct acc *a, const char *path)
{
	char iobuf[LWB_DB_IOBUF];
	FILE *f = lwb_db_open(path, iobuf, sizeof iobuf);
	char *line = NULL, *last;
	size_t cap = 0;
	ssize_t len;
	int err = 0, newline = 1;

	if (!f) {
		a->open_err = errno;
		return 0;
	}
	for (;;) {
		len = read_line(f, &line, &cap, room_for(a, a->count, 2));
		if (len < 0) {
			err = ENOMEM;
			break;
		}
		if (!len) {
			if (ferror(f))
				a->open_err = errno;
			else if (newline && !fits(a, a->count, 0, 2))
				err = ERANGE;
			break;
		}
		if (!fits(a, a->count, len, 2)) {
			err = ERANGE;
			break;
		}
		newline = has_newline(line, len);
		last = NULL;
		err = list(a, text(line), 0, 0, &last);
		if (!err && !newline && last && !fits(a, a->count, 0, 1))
			err = ERANGE;
		if (err)
			break;
	}
	free(line);
	fclose(f);
	return err;
}

/* Members are separated by commas. Each loses its leading white space,
 * not its trailing; quotes mean nothing. An element left empty is skipped
 * (glibc 2.36 loops forever on one that a comma follows). In the file
 * itself, not in included ones, ":include:path" takes the members of the
 * file path: the rest of the element, spaces and all. glibc then puts
 * what follows the element on the line (from after its comma, with the
 * line's newline) back behind the members it took: that must fit too.
 * *last is where the last member ended. */
static int list(struct acc *a, char *s, int main_file, int newline, char **last)
{
	char *e, end;
	size_t rest;
	int err;

	for (;;) {
		s = skip_space(s);
		if (!*s)
			return 0;
		e = s + strcspn(s, ",");
		if (e == s) {
			s++;
			continue;
		}
		end = *e;
		*e = 0;
		if (main_file && !strncmp(s, ":include:", 9)) {
			rest = end ? strlen(e + 1) + newline : 0;
			err = include(a, s + 9);
			if (!err && !fits(a, a->count, rest, 0))
				err = ERANGE;
		} else if (!(err = keep(a, s, e - s))) {
			a->count++;
			*last = e;
		}
		*e = end;
		if (err || !end)
			return err;
		s = e + 1;
	}
}

/* A line continues the entry when it starts with white space other than
 * a newline: a blank line ends the entry. */
static int continues(FILE *f)
{
	int c = getc(f);

	if (c != EOF && c != '\n' && isspace(c))
		return 1;
	if (c != EOF)
		ungetc(c, f);
	return 0;
}

/* The members on the entry's own line (rest, the text after its ':'),
 * then on each continuation line. *used counts the bytes taken from f. */
static int members(FILE *f, struct acc *a, char *rest, int newline, char **line,
	size_t *cap, size_t *used)
{
	ssize_t len;
	char *last;
	int err = list(a, rest, 1, newline, &last);

	while (!err && continues(f)) {
		len = read_line(f, line, cap, room_for(a, a->count, 2));
		if (len < 0)
			return ENOMEM;
		*used += len + 1;
		if (!fits(a, a->count, len + 1, 1))
			return ERANGE;
		newline = has_newline(*line, len);
		err = list(a, text(*line), 1, newline, &last);
	}
	return err;
}

/* The name and members in buf, then the member pointers where they are
 * aligned. glibc counts them as if buf itself were aligned and writes
 * past the end of a buffer that is not: here such a buffer must hold
 * them. */
static int store(const struct acc *a, struct aliasent *ae, char *buf, size_t buflen)
{
	size_t pad = -(uintptr_t)(buf + a->kept) & (_Alignof(char *) - 1), i;
	char **v, *s;

	if (!fits(a, a->count, 0, 0) || a->kept + pad > buflen
	    || (buflen - a->kept - pad) / PTR < a->count)
		return ERANGE;
	memcpy(buf, a->text, a->kept);
	v = (char **)(void *)(buf + a->kept + pad);
	s = buf + strlen(buf) + 1;
	for (i = 0; i < a->count; i++) {
		v[i] = s;
		s += strlen(s) + 1;
	}
	ae->alias_name = buf;
	ae->alias_members_len = a->count;
	ae->alias_members = v;
	ae->alias_local = 1;
	return 0;
}

static int same(const char *name, size_t len, const char *match)
{
	return !strncasecmp(name, match, len) && !match[len];
}

/* An entry is a line "name: members" (white space before the name is
 * skipped, the name keeps any other) with its continuation lines; one
 * whose members come to nothing is passed over. Looking for a name, glibc
 * passes over every line that starts with white space once it has met an
 * entry of another name, until it meets one of the name itself: also an
 * indented line after a blank line or a comment, which the enumeration
 * reads as an entry. */
int __lwb_alias_read(FILE *f, const char *match, struct aliasent *ae, char *buf,
	size_t buflen, int *open_err)
{
	struct acc a = {.room = buflen / PTR * PTR};
	char *line = NULL, *p, *colon;
	size_t cap = 0, used = 0;
	ssize_t len;
	int err = ENOENT, other = 0, newline;

	*open_err = 0;
	if (!a.room)
		return ERANGE;
	for (;;) {
		len = read_line(f, &line, &cap, a.room - 2);
		if (len <= 0) {
			if (len < 0)
				err = ENOMEM;
			break;
		}
		used += len;
		if (!fits(&a, 0, len, 2)) {
			err = ERANGE;
			break;
		}
		if (other && isspace((unsigned char)*line))
			continue;
		newline = has_newline(line, len);
		p = skip_space(text(line));
		colon = strchr(p, ':');
		if (!colon || colon == p)
			continue;
		if (match && (other = !same(p, colon - p, match)))
			continue;
		a.kept = a.count = 0;
		err = keep(&a, p, colon - p);
		if (!err)
			err = members(f, &a, colon + 1, newline, &line, &cap, &used);
		if (!err && !a.count) {
			a.kept = 0;
			err = ENOENT;
			continue;
		}
		if (!err)
			err = store(&a, ae, buf, buflen);
		break;
	}
	*open_err = a.open_err;
	if (!match && (err == ERANGE || err == ENOMEM))
		fseeko(f, -(off_t)used, SEEK_CUR);
	free(line);
	free(a.text);
	return err;
}
