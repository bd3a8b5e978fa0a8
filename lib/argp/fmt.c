/*
 * The line filler behind argp's help: text goes into a buffer, each output
 * line starts at the left margin, and a line that would pass the right
 * margin is broken at its last blank, the rest continuing at the wrap
 * margin. A word too long for any line stays whole and the line is broken
 * at the first blank after it.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "argp_int.h"

void __lwb_fmt_init(struct __lwb_fmt *f, int lmargin, int rmargin, int wmargin)
{
	memset(f, 0, sizeof *f);
	f->lmargin = lmargin;
	f->rmargin = rmargin;
	f->wmargin = wmargin;
	f->fresh = 1;
}

static int grow(struct __lwb_fmt *f, size_t more)
{
	char *p;
	size_t cap;

	if (f->oom)
		return -1;
	if (f->len + more <= f->cap)
		return 0;
	cap = f->cap ? f->cap : 256;
	while (cap < f->len + more)
		cap *= 2;
	p = realloc(f->buf, cap);
	if (!p) {
		f->oom = 1;
		return -1;
	}
	f->buf = p;
	f->cap = cap;
	return 0;
}

static void raw(struct __lwb_fmt *f, const char *s, size_t n)
{
	if (grow(f, n))
		return;
	memcpy(f->buf + f->len, s, n);
	f->len += n;
}

static void spaces(struct __lwb_fmt *f, int n)
{
	if (n <= 0 || grow(f, n))
		return;
	memset(f->buf + f->len, ' ', n);
	f->len += n;
}

int __lwb_fmt_col(const struct __lwb_fmt *f)
{
	if (f->fresh)
		return 0;
	return f->len - f->line;
}

static int blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Break the current line at buf[at] (a blank): drop the blanks around the
 * break, end the line and carry what follows to the wrap margin. */
static void wrap_at(struct __lwb_fmt *f, size_t at)
{
	size_t end = at, rest = at;
	size_t tail;
	char *moved;

	while (end > f->line && blank(f->buf[end - 1]))
		end--;
	while (rest < f->len && blank(f->buf[rest]))
		rest++;
	tail = f->len - rest;
	moved = malloc(tail + 1);
	if (!moved) {
		f->oom = 1;
		return;
	}
	memcpy(moved, f->buf + rest, tail);
	f->len = end;
	raw(f, "\n", 1);
	f->line = f->len;
	spaces(f, f->wmargin);
	raw(f, moved, tail);
	free(moved);
	f->wrapped = tail == 0;
}

/* The line now passes the right margin: find where to break it. */
static void overflow(struct __lwb_fmt *f)
{
	size_t limit = f->line + f->rmargin;
	size_t i;

	for (i = limit + 1; i-- > f->line;) {
		if (i < f->len && blank(f->buf[i])) {
			size_t j = i;
			/* Not inside the line's own leading indentation. */
			while (j > f->line && blank(f->buf[j - 1]))
				j--;
			if (j == f->line)
				break;
			wrap_at(f, i);
			return;
		}
	}
	/* One word wider than the line: break at the first blank after it. */
	for (i = limit + 1; i < f->len; i++)
		if (blank(f->buf[i])) {
			wrap_at(f, i);
			return;
		}
}

void __lwb_fmt_putc(struct __lwb_fmt *f, int c)
{
	char ch = c;

	if (ch == '\n') {
		raw(f, "\n", 1);
		f->line = f->len;
		f->fresh = 1;
		f->wrapped = 0;
		return;
	}
	if (f->fresh) {
		f->fresh = 0;
		f->line = f->len;
		spaces(f, f->lmargin);
	}
	if (f->wrapped && blank(ch))
		return;
	f->wrapped = 0;
	raw(f, &ch, 1);
	if ((int)(f->len - f->line) > f->rmargin)
		overflow(f);
}

void __lwb_fmt_write(struct __lwb_fmt *f, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		__lwb_fmt_putc(f, (unsigned char)s[i]);
}

void __lwb_fmt_puts(struct __lwb_fmt *f, const char *s)
{
	__lwb_fmt_write(f, s, strlen(s));
}

void __lwb_fmt_printf(struct __lwb_fmt *f, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0) {
		f->oom = 1;
		return;
	}
	__lwb_fmt_write(f, s, n);
	free(s);
}

/* Move to column col with spaces (nothing if already there or past). */
void __lwb_fmt_indent(struct __lwb_fmt *f, int col)
{
	int n = col - __lwb_fmt_col(f);

	while (n-- > 0)
		__lwb_fmt_putc(f, ' ');
}

void __lwb_fmt_done(struct __lwb_fmt *f, FILE *out)
{
	if (!f->oom && f->len)
		fwrite(f->buf, 1, f->len, out);
	free(f->buf);
	f->buf = NULL;
	f->len = f->cap = 0;
}
