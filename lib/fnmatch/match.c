/*
 * GNU fnmatch. In a multibyte locale glibc matches wide characters when
 * both pattern and string convert, and when that gives no match (or they
 * do not convert) it matches the bytes: "?" matches a two-byte "é" as one
 * character and "??" matches it as two bytes. Done the same way here.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "fnm.h"

#define SMALL 256

/* The wide form of a multibyte string, or 0 when it does not convert
 * (or out of memory: *nomem). */
static wchar_t *widen(const char *s, size_t *len, wchar_t *buf, int *nomem)
{
	mbstate_t st;
	const char *q = s;
	size_t n;
	wchar_t *w;

	memset(&st, 0, sizeof st);
	n = mbsrtowcs(0, &q, 0, &st);
	if (n == (size_t)-1)
		return 0;
	w = n < SMALL ? buf : malloc((n + 1) * sizeof *w);
	if (!w) {
		*nomem = 1;
		return 0;
	}
	q = s;
	memset(&st, 0, sizeof st);
	mbsrtowcs(w, &q, n + 1, &st);
	*len = n;
	return w;
}

static int run(const wchar_t *p, size_t plen, const struct fnm_subject *s, int wide)
{
	struct fnm_prog g;
	int r;

	if (__lwb_fnm_compile(&g, p, plen, s->flags, wide)) {
		__lwb_fnm_free(&g);
		return -1;
	}
	if (g.groups)
		r = __lwb_fnm_ext(p, plen, s, wide);
	else
		r = __lwb_fnm_plain(&g, s);
	__lwb_fnm_free(&g);
	return r;
}

int __lwb_fnmatch(const char *pattern, const char *string, int flags)
{
	wchar_t pbuf[SMALL], sbuf[SMALL], *p;
	struct fnm_subject s = { 0 };
	size_t plen;
	int r = 1;

	s.flags = flags;
	if (MB_CUR_MAX > 1) {
		int nomem = 0;
		wchar_t *w = widen(pattern, &plen, pbuf, &nomem);

		if (w) {
			s.w = widen(string, &s.n, sbuf, &nomem);
			if (s.w)
				r = run(w, plen, &s, 1);
			if (s.w != sbuf)
				free((void *)s.w);
			if (w != pbuf)
				free(w);
		}
		if (nomem)
			return -1;
		if (r <= 0)
			return r;
		s.w = 0;
	}
	plen = strlen(pattern);
	p = plen < SMALL ? pbuf : malloc((plen + 1) * sizeof *p);
	if (!p)
		return -1;
	for (size_t i = 0; i <= plen; i++)
		p[i] = (unsigned char)pattern[i];
	s.b = (const unsigned char *)string;
	s.n = strlen(string);
	r = run(p, plen, &s, 0);
	if (p != pbuf)
		free(p);
	return r;
}
