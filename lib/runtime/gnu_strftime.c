#define _GNU_SOURCE
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "runtime.h"

size_t __real_strftime(char *restrict, size_t, const char *restrict,
	const struct tm *restrict);

/* glibc's strftime conversions with its GNU flags (_ - 0 ^ #), field widths
 * and E/O modifiers, all measured on glibc 2.36. The text of each
 * conversion comes from musl's strftime of the bare conversion (locale
 * names, week numbers); this file only lays it out as glibc does. */

struct out {
	char *s;
	size_t n, max;
};

static void put(struct out *o, const char *s, size_t len)
{
	size_t room = o->n < o->max ? o->max - o->n : 0;

	if (room)
		memcpy(o->s + o->n, s, len < room ? len : room);
	o->n = len < SIZE_MAX - o->n ? o->n + len : SIZE_MAX;
}

static void fill(struct out *o, char c, size_t count)
{
	size_t room = o->n < o->max ? o->max - o->n : 0;

	if (room)
		memset(o->s + o->n, c, count < room ? count : room);
	o->n = count < SIZE_MAX - o->n ? o->n + count : SIZE_MAX;
}

/* Digits of each numeric conversion without flags, and the character that
 * pads them; a width below the natural one never shortens a number. */
static int natural_width(char conv)
{
	switch (conv) {
	case 'j': return 3;
	case 'u': case 'w': case 'Y': case 'G': case 's': return 1;
	default: return 2;
	}
}

static char natural_pad(char conv)
{
	return conv == 'e' || conv == 'k' || conv == 'l' || conv == 's' ? ' ' : '0';
}

static void number(struct out *o, char conv, const char *text, int pad, long width)
{
	int neg = 0;
	size_t len, digits;
	long w;
	char c;

	while (*text == ' ')
		text++;
	if (*text == '-' || *text == '+')
		neg = *text++ == '-';
	while (text[0] == '0' && text[1])
		text++;
	digits = strlen(text);
	len = digits + neg;
	if (pad == '-')
		w = width < 0 ? 0 : width;
	else
		w = width > natural_width(conv) ? width : natural_width(conv);
	c = pad == '_' || pad == '-' ? ' ' : pad == '0' ? '0' : natural_pad(conv);
	/* %s keeps its sign next to the digits whatever the padding; the
	 * others put zeros between the sign and the digits. */
	if (c == '0' && conv != 's') {
		if (neg)
			put(o, "-", 1);
		fill(o, '0', w > (long)len ? w - len : 0);
	} else {
		fill(o, c, w > (long)len ? w - len : 0);
		if (neg)
			put(o, "-", 1);
	}
	put(o, text, digits);
}

/* %z with flags: glibc pads the sign and the hhmm number each to the
 * width, the sign with blanks (zeros for the 0 flag). */
static void zone(struct out *o, const struct tm *tm, int pad, long width)
{
	long off = tm->tm_gmtoff;
	char num[32];

	fill(o, pad == '0' ? '0' : ' ', width > 1 ? width - 1 : 0);
	put(o, off < 0 ? "-" : "+", 1);
	if (off < 0)
		off = -off;
	snprintf(num, sizeof num, "%ld", off / 3600 * 100 + off / 60 % 60);
	number(o, 'z', num, pad, pad == '-' || width > 4 ? width : 4);
}

static void text(struct out *o, const char *s, size_t len, int pad, long width)
{
	fill(o, pad == '0' ? '0' : ' ', width > (long)len ? width - len : 0);
	put(o, s, len);
}

static int modifier_ok(char mod, char conv)
{
	if (mod == 'E')
		return !strchr("aAbBdDeFgGhHIjklmMSUVwW", conv);
	if (mod == 'O')
		return !strchr("aAcDFxXY", conv);
	return 1;
}

size_t __lwb_gnu_strftime(char *restrict s, size_t max, const char *restrict fmt,
	const struct tm *restrict tm)
{
	struct out o = { s, 0, max };
	const char *spec;
	char bare[3] = "%", raw[512];
	int pad, upper, swap, mod;
	long width;
	size_t len, i;

	while (*fmt) {
		if (*fmt != '%') {
			len = strcspn(fmt, "%");
			put(&o, fmt, len);
			fmt += len;
			continue;
		}
		spec = fmt++;
		pad = upper = swap = mod = 0;
		width = -1;
		for (;; fmt++) {
			if (*fmt == '_' || *fmt == '-' || *fmt == '0')
				pad = *fmt;
			else if (*fmt == '^')
				upper = 1;
			else if (*fmt == '#')
				swap = 1;
			else
				break;
		}
		if (*fmt >= '1' && *fmt <= '9') {
			for (width = 0; *fmt >= '0' && *fmt <= '9'; fmt++)
				width = width < INT_MAX / 10 ? width * 10 + (*fmt - '0') : INT_MAX;
		}
		if (*fmt == 'E' || *fmt == 'O')
			mod = *fmt++;
		if (!*fmt || !strchr("aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%", *fmt)
		    || !modifier_ok(mod, *fmt)) {
			/* Not a conversion glibc knows: the text as written,
			 * in capitals for the ^ flag, and for the # flag on
			 * %Eb and %Eh (where # means capitals and glibc takes
			 * it before it finds the modifier wrong). */
			if (swap && mod == 'E' && (*fmt == 'b' || *fmt == 'h'))
				upper = 1;
			if (*fmt)
				fmt++;
			len = fmt - spec;
			text(&o, spec, len, pad, width);
			for (i = 0; upper && i < len; i++)
				if (o.n - len + i < o.max)
					o.s[o.n - len + i] = toupper((unsigned char)spec[i]);
			continue;
		}
		switch (*fmt) {
		case 'k':
		case 'l':
			snprintf(raw, sizeof raw, "%d", *fmt == 'k' ? tm->tm_hour
				: tm->tm_hour % 12 ? tm->tm_hour % 12 : 12);
			number(&o, *fmt, raw, pad, width);
			break;
		case 's': {
			struct tm copy = *tm;
			snprintf(raw, sizeof raw, "%lld", (long long)mktime(&copy));
			number(&o, 's', raw, pad, width);
			break;
		}
		case 'z':
			if (pad == 0 && width < 0)
				goto bare;
			zone(&o, tm, pad, width);
			break;
		case 'C': case 'd': case 'e': case 'g': case 'G': case 'H': case 'I':
		case 'j': case 'm': case 'M': case 'S': case 'u': case 'U': case 'V':
		case 'w': case 'W': case 'y': case 'Y':
			if (pad == 0 && width < 0)
				goto bare;
			bare[1] = *fmt;
			len = __real_strftime(raw, sizeof raw, bare, tm);
			raw[len] = 0;
			number(&o, *fmt, raw, pad, width);
			break;
		default:
		bare:
			bare[1] = *fmt == 'P' ? 'p' : *fmt;
			/* glibc's %Z is tm_zone; musl's names only zones it knows. */
			if (*fmt == 'Z' && tm->tm_zone)
				len = snprintf(raw, sizeof raw, "%s", tm->tm_zone);
			else
				len = __real_strftime(raw, sizeof raw, bare, tm);
			if (len >= sizeof raw)
				len = sizeof raw - 1;
			if (*fmt == 'P' || (swap && (*fmt == 'p' || *fmt == 'Z'))) {
				for (i = 0; i < len; i++)
					raw[i] = tolower((unsigned char)raw[i]);
			} else if (upper || (swap && strchr("aAbBh", *fmt))) {
				for (i = 0; i < len; i++)
					raw[i] = toupper((unsigned char)raw[i]);
			}
			text(&o, raw, len, pad, width);
		}
		fmt++;
	}
	if (o.n >= max)
		return 0;
	s[o.n] = 0;
	return o.n;
}
