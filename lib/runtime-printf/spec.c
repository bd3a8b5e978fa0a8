/* Reading one conversion specification as glibc 2.36 does, and deciding
 * what musl needs to print it the same way. */
#define _GNU_SOURCE
#include <limits.h>
#include <string.h>
#include "format.h"

static const unsigned char conversion[256] = {
	['d'] = 1, ['i'] = 1, ['o'] = 1, ['u'] = 1, ['x'] = 1, ['X'] = 1,
	['n'] = 1, ['e'] = 1, ['E'] = 1, ['f'] = 1, ['F'] = 1, ['g'] = 1,
	['G'] = 1, ['a'] = 1, ['A'] = 1, ['c'] = 1, ['C'] = 1, ['s'] = 1,
	['S'] = 1, ['p'] = 1, ['m'] = 1, ['%'] = 1,
};

static int number(const char **s)
{
	long n = 0;

	for (; **s >= '0' && **s <= '9'; (*s)++) {
		n = n * 10 + (**s - '0');
		if (n > INT_MAX)
			return -1;
	}
	return n;
}

/* "*" or "*n$": 1 + n. 0 when malformed. */
static int star(const char **s)
{
	const char *p = *s + 1;
	int n;

	if (*p < '1' || *p > '9') {
		*s = p;
		return 1;
	}
	n = number(&p);
	if (n < 1 || n > NL_ARGMAX || *p != '$')
		return 0;
	*s = p + 1;
	return 1 + n;
}

/* s points at a '%'. Returns the end of the specification, or NULL for one
 * this module does not handle (musl then decides). */
const char *__lwb_printf_spec(const char *s, struct lwb_spec *sp)
{
	const char *p = s + 1;
	int n;

	sp->start = s;
	sp->pos = 0;
	sp->flags = 0;
	sp->width = sp->prec = -1;
	sp->width_star = sp->prec_star = 0;
	if (*p >= '1' && *p <= '9') {
		const char *q = p;
		n = number(&q);
		if (*q == '$') {
			if (n < 1 || n > NL_ARGMAX)
				return NULL;
			sp->pos = n;
			p = q + 1;
		}
	}
	for (;; p++) {
		switch (*p) {
		case '-': sp->flags |= LWB_FLAG_MINUS; continue;
		case '+': sp->flags |= LWB_FLAG_PLUS; continue;
		case ' ': sp->flags |= LWB_FLAG_SPACE; continue;
		case '#': sp->flags |= LWB_FLAG_ALT; continue;
		case '0': sp->flags |= LWB_FLAG_ZERO; continue;
		case '\'': sp->flags |= LWB_FLAG_GROUP; continue;
		case 'I': sp->flags |= LWB_FLAG_I; continue;
		}
		break;
	}
	if (*p == '*') {
		if (!(sp->width_star = star(&p)))
			return NULL;
	} else if (*p >= '1' && *p <= '9') {
		if ((sp->width = number(&p)) < 0)
			return NULL;
	}
	if (*p == '.') {
		p++;
		if (*p == '*') {
			if (!(sp->prec_star = star(&p)))
				return NULL;
		} else if ((sp->prec = number(&p)) < 0) {
			return NULL;
		}
	}
	sp->len[0] = sp->len[1] = sp->len[2] = 0;
	switch (*p) {
	case 'h':
	case 'l':
		sp->len[0] = *p++;
		if (*p == sp->len[0])
			sp->len[1] = *p++;
		break;
	case 'L': case 'q': case 'j': case 'z': case 'Z': case 't':
		sp->len[0] = *p++;
		break;
	}
	if (!conversion[(unsigned char)*p])
		return NULL;
	sp->conv = *p;
	sp->end = p + 1;
	return sp->end;
}

/* The modifier musl needs for glibc's reading of sp, and the argument's
 * type. Returns LWB_PF_* bits: whether musl needs the format rewritten and
 * whether the output depends on the argument's value (a null pointer). */
int __lwb_printf_class(const struct lwb_spec *sp, char *len, int *type)
{
	const char *l = sp->len;
	int need = 0;
	int wide = l[0] && !(l[0] == 'h');

	len[0] = len[1] = len[2] = 0;
	switch (sp->conv) {
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'n':
		/* Z is z; q and L are ll */
		if (l[0] == 'Z')
			len[0] = 'z';
		else if (l[0] == 'q' || l[0] == 'L')
			len[0] = len[1] = 'l';
		else
			memcpy(len, l, 2);
		if (sp->conv == 'n')
			*type = LWB_ARG_PTR;
		else if (!len[0] || len[0] == 'h')
			*type = LWB_ARG_INT;
		else if (len[0] == 'l')
			*type = len[1] ? LWB_ARG_LLONG : LWB_ARG_LONG;
		else if (len[0] == 'j')
			*type = LWB_ARG_INTMAX;
		else if (len[0] == 'z')
			*type = LWB_ARG_SIZE;
		else
			*type = LWB_ARG_PTRDIFF;
		break;
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
		/* ll and q are L; every other modifier is ignored */
		if (l[0] == 'L' || l[0] == 'q' || (l[0] == 'l' && l[1])) {
			len[0] = 'L';
			*type = LWB_ARG_LDOUBLE;
		} else {
			*type = LWB_ARG_DOUBLE;
		}
		break;
	case 'c':
		/* every modifier but h and hh makes it wide */
		if (wide)
			len[0] = 'l';
		*type = LWB_ARG_INT;
		break;
	case 'C':
		*type = LWB_ARG_INT;
		break;
	case 's':
		if (wide)
			len[0] = 'l';
		*type = LWB_ARG_PTR;
		/* glibc prints a null string only when "(null)" fits the
		 * precision, musl prints the part that fits; musl crashes on a
		 * null wide string */
		if (wide || sp->prec_star || (sp->prec >= 0 && sp->prec < 6))
			need |= LWB_PF_VALUES;
		break;
	case 'S':
		*type = LWB_ARG_PTR;
		need |= LWB_PF_VALUES;
		break;
	case 'p':
		*type = LWB_ARG_PTR;
		need |= LWB_PF_VALUES;
		break;
	default:
		/* %m and %%: no argument; glibc ignores a modifier, and on %%
		 * everything between the two */
		*type = LWB_ARG_NONE;
		if (sp->conv == '%' && sp->end - sp->start > 2)
			need |= LWB_PF_REWRITE;
		/* glibc's %m is %s of strerror(errno), width, precision and
		 * '-' applied, numbered formats included; musl prints its own
		 * text and ignores the width. %#m (glibc: the errno's name) is
		 * left to musl. */
		if (sp->conv == 'm' && !(sp->flags & LWB_FLAG_ALT))
			need |= LWB_PF_ERRNO;
		break;
	}
	if (len[0] != l[0] || len[1] != l[1] || (sp->flags & LWB_FLAG_I))
		need |= LWB_PF_REWRITE;
	return need;
}
