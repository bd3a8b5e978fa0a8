#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "text.h"

/* Copy s to f with every '%' doubled, so it stays literal in a format. */
static void put_literal(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '%')
			fputc('%', f);
		fputc(*s, f);
	}
}

/* The length of the %m conversion at p ('%' included), or 0. */
static size_t percent_m_at(const char *p)
{
	size_t n = 1 + strspn(p + 1, "-");

	n += strspn(p + n, "0123456789");
	if (p[n] == '.')
		n += 1 + strspn(p + n + 1, "0123456789");
	return p[n] == 'm' ? n : 0;
}

static int has_percent_m(const char *fmt)
{
	for (const char *p = strchr(fmt, '%'); p; p = strchr(p + 1, '%')) {
		if (p[1] == '%')
			p++;
		else if (percent_m_at(p))
			return 1;
	}
	return 0;
}

char *__lwb_expand_percent_m(const char *fmt, int e)
{
	char unknown[LWB_TEXT_BUF], spec[32], *out = 0;
	const char *text = __lwb_strerror_text(e, unknown), *p;
	size_t size;
	FILE *f;

	if (!has_percent_m(fmt))
		return 0;
	f = open_memstream(&out, &size);
	if (!f)
		return 0;
	for (p = fmt; *p; p++) {
		size_t n;

		if (*p != '%') {
			fputc(*p, f);
			continue;
		}
		if (p[1] == '%') {
			fputs("%%", f);
			p++;
			continue;
		}
		/* %m takes '-', a width and a precision like %s; one with '*'
		 * or other flags is left for the libc to format. */
		n = percent_m_at(p);
		if (!n || n + 2 > sizeof spec) {
			fputc('%', f);
			continue;
		}
		memcpy(spec, p, n);
		spec[n] = 's';
		spec[n + 1] = 0;
		{
			int len = snprintf(0, 0, spec, text);
			char *formatted = len >= 0 ? malloc((size_t)len + 1) : 0;

			if (!formatted) {
				fclose(f);
				free(out);
				return 0;
			}
			snprintf(formatted, (size_t)len + 1, spec, text);
			put_literal(f, formatted);
			free(formatted);
		}
		p += n;
	}
	if (fclose(f)) {
		free(out);
		return 0;
	}
	return out;
}
