/*
 * GNU fnmatch. In a multibyte locale glibc matches wide characters when
 * both pattern and string convert, and when that gives no match (or they
 * do not convert) it matches the bytes: "?" matches a two-byte "é" as one
 * character and "??" matches it as two bytes. Done the same way here.
 *
 * A pattern is compiled once per mode and may be matched against many
 * strings (glob matches every name in a directory with one).
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "fnm.h"

/* The wide form of a multibyte string in buf (or a new allocation, when
 * it does not fit; *nomem when that fails), or 0 when it does not
 * convert. */
static wchar_t *widen(const char *s, size_t *len, wchar_t *buf, size_t room, int *nomem)
{
	mbstate_t st;
	const char *q = s;
	size_t n;
	wchar_t *w;

	memset(&st, 0, sizeof st);
	n = mbsrtowcs(0, &q, 0, &st);
	if (n == (size_t)-1)
		return 0;
	w = n < room ? buf : malloc((n + 1) * sizeof *w);
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

static void release(struct fnm_form *f)
{
	if (f->state == FORM_READY)
		__lwb_fnm_free(&f->prog);
	if (f->units != f->small)
		free(f->units);
	f->state = FORM_NONE;
}

/* The pattern compiled in one mode. */
static int prepare(struct __lwb_fnm *m, struct fnm_form *f, int wide)
{
	int nomem = 0;

	if (f->state != FORM_NONE)
		return f->state == FORM_NOMEM ? -1 : 0;
	if (wide) {
		f->units = widen(m->pattern, &f->len, f->small, sizeof f->small / sizeof *f->small, &nomem);
		if (!f->units) {
			f->state = nomem ? FORM_NOMEM : FORM_UNCONVERTIBLE;
			f->units = f->small;
			return nomem ? -1 : 0;
		}
	} else {
		f->len = strlen(m->pattern);
		f->units = f->len < sizeof f->small / sizeof *f->small ? f->small : malloc((f->len + 1) * sizeof *f->units);
		if (!f->units) {
			f->units = f->small;
			f->state = FORM_NOMEM;
			return -1;
		}
		for (size_t i = 0; i <= f->len; i++)
			f->units[i] = (unsigned char)m->pattern[i];
	}
	if (__lwb_fnm_compile(&f->prog, f->units, f->len, m->flags, wide)) {
		__lwb_fnm_free(&f->prog);
		if (f->units != f->small)
			free(f->units);
		f->units = f->small;
		f->state = FORM_NOMEM;
		return -1;
	}
	f->state = FORM_READY;
	return 0;
}

static int run(struct fnm_form *f, const struct fnm_subject *s, int wide)
{
	if (f->prog.groups)
		return __lwb_fnm_ext(f->units, f->len, s, wide);
	return __lwb_fnm_plain(&f->prog, s);
}

void __lwb_fnm_init(struct __lwb_fnm *m, const char *pattern, int flags)
{
	m->pattern = pattern;
	m->flags = flags;
	m->multibyte = MB_CUR_MAX > 1;
	m->bytes.state = m->wide.state = FORM_NONE;
	m->bytes.units = m->bytes.small;
	m->wide.units = m->wide.small;
}

/* Whether string cannot match because it does not start with the ASCII
 * characters the pattern starts with (plain characters, no case folding):
 * glob asks about every name in a directory, most of which fail there. */
static int wrong_start(struct __lwb_fnm *m, const char *string)
{
	const struct fnm_prog *g = &m->bytes.prog;

	if (m->bytes.state != FORM_READY || (m->flags & LWB_FNM_CASEFOLD))
		return 0;
	for (size_t i = 0; i < g->ntok && g->tok[i].type == TK_CHAR && g->tok[i].c < 128; i++)
		if ((unsigned char)string[i] != g->tok[i].c)
			return 1;
	return 0;
}

int __lwb_fnm_exec(struct __lwb_fnm *m, const char *string)
{
	struct fnm_subject s;
	int r = 1;

	if (wrong_start(m, string))
		return 1;
	s.flags = m->flags;
	if (m->multibyte) {
		wchar_t buf[256];
		int nomem = 0;

		if (prepare(m, &m->wide, 1))
			return -1;
		if (m->wide.state == FORM_READY) {
			s.b = 0;
			s.w = widen(string, &s.n, buf, sizeof buf / sizeof *buf, &nomem);
			if (nomem)
				return -1;
			if (s.w) {
				r = run(&m->wide, &s, 1);
				if (s.w != buf)
					free((void *)s.w);
				if (r <= 0)
					return r;
			}
		}
	}
	if (prepare(m, &m->bytes, 0))
		return -1;
	s.w = 0;
	s.b = (const unsigned char *)string;
	s.n = strlen(string);
	return run(&m->bytes, &s, 0);
}

void __lwb_fnm_fini(struct __lwb_fnm *m)
{
	release(&m->bytes);
	release(&m->wide);
}

int __lwb_fnmatch(const char *pattern, const char *string, int flags)
{
	struct __lwb_fnm m;
	int r;

	__lwb_fnm_init(&m, pattern, flags);
	r = __lwb_fnm_exec(&m, string);
	__lwb_fnm_fini(&m);
	return r;
}
