/*
 * The line filler behind argp's help, built to reproduce glibc 2.36's
 * output byte for byte, including what glibc does when a line reaches the
 * right margin. Everything here was measured by running glibc's argp_help
 * (see tests/argp/ and fuzz/argp/); the rules, as observed:
 *
 * Text is collected in a buffer of 200 bytes and filled when the help asks
 * for the column, changes a margin, needs room, or ends ("an update"); an
 * update fills the text written since the previous one (a "chunk").
 *
 * - A line that reaches the right margin (its length, up to its newline or
 *   the end of the chunk, plus the column it started at, is rmargin or
 *   more) is broken. The break is looked for from the column rmargin
 *   itself back to the start of the chunk (or of the line, if that is
 *   later): the blank found there ends the line, with the blanks before
 *   it. Failing that, the first blank after column rmargin + 1 ends it,
 *   with the blanks after it; failing that too the line stays whole,
 *   unless the line ended exactly at rmargin, where glibc takes the byte
 *   after the newline (or after the chunk) as the break.
 * - The rest of the line goes to the next line, after wmargin blanks that
 *   are never a break. A line that starts at column 0 gets lmargin blanks,
 *   also never a break; without room for them glibc writes them straight
 *   to the stream (at the start of a chunk after writing out the text
 *   held before it), and for a line after a newline inside the chunk it
 *   wants a byte to spare.
 * - A line begun by a newline gets its lmargin blanks at the next update
 *   even when no text has come yet (not a line counted as ended without
 *   a newline, see below). The blanks are then the whole line: when they
 *   reach the right margin, the break is looked for back to where they
 *   start, so the line ends there and the blanks past column rmargin go
 *   to the next line after wmargin. Without room for them there, glibc
 *   fills its buffer with blanks, writes it out, and starts it with the
 *   rest of them.
 * - When nothing of the chunk is left after the break, glibc writes the
 *   wmargin blanks straight to the stream, ahead of all the help text it
 *   still holds. When the search looks past the chunk, the outcome
 *   depends on the bytes there: glibc reads whatever its buffer held,
 *   and so does this filler (see blank_at).
 * - Room: a write that does not fit flushes the buffer (filling it first)
 *   and, if still short, grows it by the size asked for; a formatted write
 *   asks for 150 bytes first. A break that needs room flushes the text up
 *   to its new line.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "argp_int.h"

/* For the differential fuzzer: where glibc would crash or never end, or
 * where its output depends on bytes of its buffer it never wrote. */
#ifdef LWB_FMT_DEBUG
int __lwb_fmt_glibc_crash, __lwb_fmt_glibc_loop, __lwb_fmt_glibc_stale;
#define GLIBC_CRASHES() (__lwb_fmt_glibc_crash = 1)
#define GLIBC_LOOPS() (__lwb_fmt_glibc_loop = 1)
#define GLIBC_STALE() (__lwb_fmt_glibc_stale = 1)
#else
#define GLIBC_CRASHES() ((void)0)
#define GLIBC_LOOPS() ((void)0)
#define GLIBC_STALE() ((void)0)
#endif

#define INITIAL_SIZE 200
#define PRINTF_ROOM 150

int __lwb_fmt_open(struct __lwb_fmt *f, FILE *out, int lmargin, int rmargin, int wmargin)
{
	memset(f, 0, sizeof *f);
	f->buf = calloc(1, INITIAL_SIZE);
	if (!f->buf)
		return -1;
	f->cap = INITIAL_SIZE;
	f->out = out;
	f->lmargin = lmargin;
	f->rmargin = rmargin;
	f->wmargin = wmargin;
	return 0;
}

/* A byte of the buffer, as glibc's filler reads it: past the end of the
 * text it reads what its buffer held there, left from earlier text of the
 * same help, and that is modelled. Bytes it never wrote (a null here, as
 * the buffer starts zeroed) hold whatever glibc's malloc handed out, so
 * there glibc's output depends on its heap; here such a byte is never a
 * blank (a deviation listed in the module's notes). */
static int blank_at(const struct __lwb_fmt *f, long i)
{
	char c;

	if (i < 0)
		return 0;
	if ((size_t)i >= f->cap) {
		GLIBC_STALE();
		return 0;
	}
	c = f->buf[i];
	if ((size_t)i >= f->end && !c)
		GLIBC_STALE();
	return c == ' ' || c == '\t';
}

static void put_out(struct __lwb_fmt *f, const char *s, size_t n)
{
	if (n && fwrite(s, 1, n, f->out) != n)
		f->err = 1;
}

/* Write out the first n bytes and move the rest to the front; what lies
 * beyond the text stays, as glibc's buffer keeps it. */
static void drop_front(struct __lwb_fmt *f, size_t n)
{
	put_out(f, f->buf, n);
	memmove(f->buf, f->buf + n, f->end - n);
	f->end -= n;
	f->pos -= n;
}

static int grow(struct __lwb_fmt *f, size_t more)
{
	char *p = realloc(f->buf, f->cap + more);

	if (!p) {
		f->err = 1;
		return -1;
	}
	memset(p + f->cap, 0, more);
	f->buf = p;
	f->cap += more;
	return 0;
}

static void update(struct __lwb_fmt *);

/* Room for n more bytes. */
static int ensure(struct __lwb_fmt *f, size_t n)
{
	if (f->cap - f->end >= n)
		return 0;
	update(f);
	drop_front(f, f->end);
	if (f->cap - f->end >= n)
		return 0;
	return grow(f, n);
}

/* The left margin of a new line: n blanks at pos, moving the text up;
 * returns how many of them are in the buffer before pos. Without room
 * for them in the buffer glibc writes the blanks straight to the stream,
 * ahead of all the text it still holds (none in the buffer). For a line
 * that starts after a newline inside the text being filled (not at its
 * start) glibc wants a byte to spare: it writes them ahead also when
 * they would just fill the buffer. A margin that comes before its text
 * fills the buffer with blanks instead, and the buffer is written out. */
static size_t open_margin(struct __lwb_fmt *f, size_t n, int first)
{
	size_t i;

	/* At the start of the text, glibc first writes out what it holds
	 * before it, so the blanks come out in their place. */
	if (first && f->end + n > f->cap) {
		if (f->pos == f->end) {
			size_t k = f->cap - f->end;
			memset(f->buf + f->end, ' ', k);
			put_out(f, f->buf, f->cap);
			f->end = f->pos = 0;
			n -= k;
		} else {
			drop_front(f, f->pos);
		}
	}
	if (f->end + n > f->cap || (!first && f->end + n == f->cap)) {
		for (i = 0; i < n; i++)
			if (putc(' ', f->out) == EOF)
				f->err = 1;
		return 0;
	}
	memmove(f->buf + f->pos + n, f->buf + f->pos, f->end - f->pos);
	memset(f->buf + f->pos, ' ', n);
	f->end += n;
	f->pos += n;
	return n;
}

/* Break the line: a newline at q, the text from next on the next line
 * after the wrap margin. What glibc does when the break leaves nothing of
 * the chunk (next at or past the end of the text) was measured case by
 * case; where glibc crashes (it moves a negative number of bytes), the
 * line simply ends here. */
static void wrap(struct __lwb_fmt *f, long q, long next)
{
	long end = f->end;
	long rest = end - next;
	long wm = f->wmargin > 0 ? f->wmargin : 0;
	long gap = next - (q + 1);
	long i;

	if (gap >= wm) {
		/* Room between the line and the rest: the margin goes there. */
		if (rest < 0 && q + 1 + wm != next) {
			GLIBC_CRASHES();
			rest = 0;
		}
		f->buf[q] = '\n';
		memset(f->buf + q + 1, ' ', wm);
		if (rest > 0)
			memmove(f->buf + q + 1 + wm, f->buf + next, rest);
		f->end = q + 1 + wm + rest;
		f->pos = q + 1 + wm;
	} else if (rest > 0) {
		long need = wm - gap;
		if (f->end + wm + 2 > f->cap) {
			/* No room (glibc asks for the whole margin and two bytes
			 * to spare, whatever the blanks it replaces): out with
			 * everything up to the new line. The blank the newline
			 * replaces stays in glibc's buffer, where a later
			 * search past the text may find it. */
			char keep = f->buf[q];
			f->buf[q] = '\n';
			put_out(f, f->buf, q + 1);
			f->buf[q] = keep;
			if (next < wm) {
				/* The margin does not fit where that text was:
				 * glibc writes it straight to the stream. */
				for (i = 0; i < wm; i++)
					if (putc(' ', f->out) == EOF)
						f->err = 1;
				memmove(f->buf, f->buf + next, rest);
				f->end = rest;
				f->pos = 0;
				f->col = wm;
				return;
			}
			memmove(f->buf, f->buf + q + 1, f->end - (q + 1));
			f->end -= q + 1;
			next -= q + 1;
			q = -1;
		} else {
			f->buf[q] = '\n';
		}
		memmove(f->buf + next + need, f->buf + next, rest);
		f->end += need;
		memset(f->buf + q + 1, ' ', wm);
		f->pos = q + 1 + wm;
	} else if (rest == -1) {
		/* The break fell on the byte after the text. Without room
		 * for the newline and the margin (here glibc wants no bytes
		 * to spare) it writes the margin straight to the stream,
		 * ahead of the text it holds, and the newline it puts after
		 * the text is not counted as text. */
		if ((size_t)(q + 1 + wm) > f->cap) {
			for (i = 0; i < wm; i++)
				if (putc(' ', f->out) == EOF)
					f->err = 1;
			if ((size_t)q < f->cap)
				f->buf[q] = '\n';
			f->end = q;
		} else {
			f->buf[q] = '\n';
			memset(f->buf + q + 1, ' ', wm);
			f->end = q + wm;
		}
	} else {
		/* Nothing left: glibc writes the margin straight to the
		 * stream, ahead of the text it still holds. */
		for (i = 0; i < wm; i++)
			if (putc(' ', f->out) == EOF)
				f->err = 1;
		if ((size_t)q < f->cap)
			f->buf[q] = '\n';
		if (rest < -2) {
			GLIBC_CRASHES();
			rest = -2;
		}
		f->end = q + 1 + rest;
	}
	if (f->pos > f->end || rest <= 0)
		f->pos = f->end;
	f->col = wm;
}

/* Fill the text written since the last update. */
static void update(struct __lwb_fmt *f)
{
	int first = 1;

	/* A line begun by a newline gets its margin even with no text. */
	while (f->pos < f->end || (first && f->col == 0 && f->lmargin > 0 && !f->bare)) {
		long s, lim, len, m, p, q, next;
		long lb = f->pos;	/* where the break search stops */
		char *nl;

		if (f->col == 0 && f->lmargin > 0) {
			size_t in = open_margin(f, f->lmargin, first);
			lb = f->pos - in;
			f->col = f->lmargin;
		}
		first = 0;
		f->bare = 0;
		s = f->pos;
		nl = memchr(f->buf + s, '\n', f->end - s);
		lim = nl ? nl - f->buf : (long)f->end;
		len = lim - s;
		if (f->col + len < f->rmargin) {
			if (nl) {
				f->col = 0;
				f->pos = lim + 1;
			} else {
				f->col += len;
				f->pos = f->end;
			}
			continue;
		}
		m = s + (f->rmargin - f->col);
		/* Only a line of margin alone breaks inside its margin. */
		if (s < (long)f->end)
			lb = s;
		for (p = m; p >= lb && !blank_at(f, p); p--)
			;
		if (p >= lb) {
			next = p + 1;
			for (q = p; q > lb && blank_at(f, q - 1); q--)
				;
		} else {
			for (p = m + 1; p < lim && !blank_at(f, p); p++)
				;
			if (p == lim) {
				/* A word to the end of the line stays whole; at the
				 * end of the chunk glibc then counts the line as
				 * ended, though no newline is written. */
				f->col = 0;
				f->bare = !nl;
				f->pos = nl ? lim + 1 : lim;
				continue;
			}
			q = p;
			for (next = p + 1; (size_t)next < f->cap && blank_at(f, next); next++)
				;
		}
		if (next <= s && f->col == (f->wmargin > 0 ? f->wmargin : 0)) {
			/* The break would give this very line again: glibc
			 * prints blank lines for ever. Here the line stays
			 * whole instead. */
			GLIBC_LOOPS();
			f->col = 0;
			f->bare = !nl;
			f->pos = nl ? lim + 1 : lim;
			continue;
		}
		wrap(f, q, next);
		if (f->err)
			return;
	}
}

void __lwb_fmt_write(struct __lwb_fmt *f, const char *s, size_t n)
{
	if (f->err || ensure(f, n))
		return;
	memcpy(f->buf + f->end, s, n);
	f->end += n;
}

void __lwb_fmt_puts(struct __lwb_fmt *f, const char *s)
{
	__lwb_fmt_write(f, s, strlen(s));
}

void __lwb_fmt_putc(struct __lwb_fmt *f, int c)
{
	char ch = c;

	__lwb_fmt_write(f, &ch, 1);
}

void __lwb_fmt_printf(struct __lwb_fmt *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (f->err || ensure(f, PRINTF_ROOM))
		return;
	va_start(ap, fmt);
	n = vsnprintf(f->buf + f->end, f->cap - f->end, fmt, ap);
	va_end(ap);
	if (n < 0) {
		f->err = 1;
		return;
	}
	if ((size_t)n >= f->cap - f->end) {
		if (ensure(f, n + 1))
			return;
		va_start(ap, fmt);
		vsnprintf(f->buf + f->end, f->cap - f->end, fmt, ap);
		va_end(ap);
	}
	f->end += n;
}

int __lwb_fmt_point(struct __lwb_fmt *f)
{
	update(f);
	return f->col;
}

int __lwb_fmt_set_lmargin(struct __lwb_fmt *f, int v)
{
	int old = f->lmargin;

	update(f);
	f->lmargin = v;
	return old;
}

int __lwb_fmt_set_wmargin(struct __lwb_fmt *f, int v)
{
	int old = f->wmargin;

	update(f);
	f->wmargin = v;
	return old;
}

/* Spaces up to column col (nothing if already there or past). */
void __lwb_fmt_indent(struct __lwb_fmt *f, int col)
{
	int n = col - __lwb_fmt_point(f);

	while (n-- > 0)
		__lwb_fmt_putc(f, ' ');
}

void __lwb_fmt_close(struct __lwb_fmt *f)
{
	if (!f->err)
		update(f);
	if (!f->err)
		put_out(f, f->buf, f->end);
	free(f->buf);
	f->buf = NULL;
}
