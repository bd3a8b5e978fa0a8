/* A format with GNU cases: either rewritten into one musl reads the way
 * glibc reads the original (the caller's va_list is then used as it is), or,
 * when a null pointer must print as glibc prints it or the format holds %m,
 * formatted here one conversion at a time, every other conversion still by
 * musl. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"

struct parsed {
	struct lwb_spec spec;
	char len[3];
	int type;
};

struct fmtinfo {
	struct parsed *p;
	int n;
	union lwb_arg *args;
	int *types;
	int nargs;
	int positional;
};

static char *put_number(char *d, int n)
{
	char tmp[12];
	int i = 0;

	do
		tmp[i++] = '0' + n % 10;
	while (n /= 10);
	while (i)
		*d++ = tmp[--i];
	return d;
}

static char *put_star(char *d, int star)
{
	*d++ = '*';
	if (star > 1) {
		d = put_number(d, star - 1);
		*d++ = '$';
	}
	return d;
}

static char *put_flags(char *d, int flags)
{
	if (flags & LWB_FLAG_MINUS) *d++ = '-';
	if (flags & LWB_FLAG_PLUS) *d++ = '+';
	if (flags & LWB_FLAG_SPACE) *d++ = ' ';
	if (flags & LWB_FLAG_ALT) *d++ = '#';
	if (flags & LWB_FLAG_ZERO) *d++ = '0';
	if (flags & LWB_FLAG_GROUP) *d++ = '\'';
	return d;
}

/* The specification musl reads as glibc reads sp. */
static char *put_spec(char *d, const struct parsed *p)
{
	const struct lwb_spec *sp = &p->spec;

	*d++ = '%';
	if (sp->conv == '%') {
		*d++ = '%';
		return d;
	}
	if (sp->pos) {
		d = put_number(d, sp->pos);
		*d++ = '$';
	}
	d = put_flags(d, sp->flags);
	if (sp->width_star)
		d = put_star(d, sp->width_star);
	else if (sp->width >= 0)
		d = put_number(d, sp->width);
	if (sp->prec_star) {
		*d++ = '.';
		d = put_star(d, sp->prec_star);
	} else if (sp->prec >= 0) {
		*d++ = '.';
		d = put_number(d, sp->prec);
	}
	for (const char *l = p->len; *l; l++)
		*d++ = *l;
	*d++ = sp->conv;
	return d;
}

static int parse(struct fmtinfo *fi, const char *fmt)
{
	const char *s = fmt;
	int n = 0, need = 0;

	for (const char *t = fmt; (t = strchr(t, '%')); t++)
		n++;
	fi->p = malloc((n ? n : 1) * sizeof *fi->p);
	if (!fi->p)
		return -1;
	fi->n = 0;
	fi->positional = 0;
	while ((s = strchr(s, '%'))) {
		struct parsed *p = &fi->p[fi->n];

		if (!(s = __lwb_printf_spec(s, &p->spec)))
			return 0;
		need |= __lwb_printf_class(&p->spec, p->len, &p->type);
		if (p->spec.conv != '%' && p->spec.pos)
			fi->positional = 1;
		fi->n++;
	}
	return need;
}

/* Records that argument k (from 1) has type t. */
static int want(struct fmtinfo *fi, int k, int t)
{
	if (fi->types[k] && fi->types[k] != t)
		return -1;
	fi->types[k] = t;
	if (k > fi->nargs)
		fi->nargs = k;
	return 0;
}

/* Reads every argument the format takes, from a copy of ap. Returns 1
 * where musl would refuse the format (positional and sequential mixed, a
 * gap, one argument read as two types): musl then says so. -1: no memory. */
static int fetch(struct fmtinfo *fi, va_list ap)
{
	int next = 1, max = 0;
	va_list aq;

	for (int i = 0; i < fi->n; i++)
		max += 3;
	if (fi->positional)
		max = NL_ARGMAX;
	fi->types = calloc(max + 1, sizeof *fi->types);
	fi->args = calloc(max + 1, sizeof *fi->args);
	if (!fi->types || !fi->args)
		return -1;
	fi->nargs = 0;
	for (int i = 0; i < fi->n; i++) {
		struct lwb_spec *sp = &fi->p[i].spec;

		if (sp->conv == '%')
			continue;
		if (fi->positional) {
			if (!sp->pos && fi->p[i].type != LWB_ARG_NONE)
				return 1;
			if ((sp->width_star == 1 || sp->prec_star == 1))
				return 1;
			if (sp->width_star && want(fi, sp->width_star - 1, LWB_ARG_INT))
				return 1;
			if (sp->prec_star && want(fi, sp->prec_star - 1, LWB_ARG_INT))
				return 1;
			if (fi->p[i].type != LWB_ARG_NONE && want(fi, sp->pos, fi->p[i].type))
				return 1;
			continue;
		}
		if (sp->pos || sp->width_star > 1 || sp->prec_star > 1)
			return 1;
		if (sp->width_star)
			want(fi, next++, LWB_ARG_INT);
		if (sp->prec_star)
			want(fi, next++, LWB_ARG_INT);
		if (fi->p[i].type != LWB_ARG_NONE)
			want(fi, next++, fi->p[i].type);
	}
	va_copy(aq, ap);
	for (int k = 1; k <= fi->nargs; k++) {
		union lwb_arg *a = &fi->args[k];

		switch (fi->types[k]) {
		case LWB_ARG_INT: a->i = va_arg(aq, int); break;
		case LWB_ARG_LONG: a->l = va_arg(aq, long); break;
		case LWB_ARG_LLONG: a->ll = va_arg(aq, long long); break;
		case LWB_ARG_INTMAX: a->ll = va_arg(aq, intmax_t); break;
		case LWB_ARG_SIZE: a->ll = va_arg(aq, size_t); break;
		case LWB_ARG_PTRDIFF: a->ll = va_arg(aq, ptrdiff_t); break;
		case LWB_ARG_DOUBLE: a->d = va_arg(aq, double); break;
		case LWB_ARG_LDOUBLE: a->ld = va_arg(aq, long double); break;
		case LWB_ARG_PTR: a->p = va_arg(aq, void *); break;
		default:
			va_end(aq);
			return 1;
		}
	}
	va_end(aq);
	return 0;
}

/* The value arguments of fi->p[i], its width and precision resolved. */
struct resolved {
	union lwb_arg *value;
	int width;		/* -1 none */
	int prec;		/* -1 none */
	int left;
};

static void resolve(struct fmtinfo *fi, int i, int *next, struct resolved *r)
{
	struct lwb_spec *sp = &fi->p[i].spec;

	r->width = sp->width;
	r->prec = sp->prec;
	r->left = sp->flags & LWB_FLAG_MINUS;
	if (sp->width_star) {
		r->width = fi->args[fi->positional ? sp->width_star - 1 : (*next)++].i;
		if (r->width < 0) {
			r->left = 1;
			r->width = r->width == INT_MIN ? INT_MAX : -r->width;
		}
	}
	if (sp->prec_star) {
		r->prec = fi->args[fi->positional ? sp->prec_star - 1 : (*next)++].i;
		if (r->prec < 0)
			r->prec = -1;
	}
	r->value = NULL;
	if (fi->p[i].type != LWB_ARG_NONE)
		r->value = &fi->args[fi->positional ? sp->pos : (*next)++];
}

/* glibc's text for a null pointer where musl's differs, or NULL. */
static const char *null_text(const struct parsed *p, const struct resolved *r)
{
	char conv = p->spec.conv;

	if (!r->value || r->value->p)
		return NULL;
	if (conv == 'p')
		return "(nil)";
	if (conv == 'S' || (conv == 's' && p->len[0] == 'l'))
		return r->prec >= 0 && r->prec < 6 ? "" : "(null)";
	if (conv == 's' && r->prec >= 0 && r->prec < 6)
		return "";
	return NULL;
}

static int any_null(struct fmtinfo *fi)
{
	struct resolved r;
	int next = 1;

	for (int i = 0; i < fi->n; i++) {
		if (fi->p[i].spec.conv == '%')
			continue;
		resolve(fi, i, &next, &r);
		if (null_text(&fi->p[i], &r))
			return 1;
	}
	return 0;
}

struct buf {
	char *s;
	size_t len, cap;
};

static int reserve(struct buf *b, size_t more)
{
	char *s;
	size_t cap;

	if (more < b->cap - b->len)
		return 0;
	if (more > SIZE_MAX / 2 - b->len) {
		errno = ENOMEM;
		return -1;
	}
	cap = 2 * (b->len + more) + 64;
	if (!(s = realloc(b->s, cap)))
		return -1;
	b->s = s;
	b->cap = cap;
	return 0;
}

static int pad(struct buf *b, const char *text, int width, int left)
{
	size_t n = strlen(text);
	size_t fill = width > 0 && (size_t)width > n ? width - n : 0;

	if (reserve(b, n + fill + 1))
		return -1;
	if (!left) {
		memset(b->s + b->len, ' ', fill);
		b->len += fill;
	}
	memcpy(b->s + b->len, text, n);
	b->len += n;
	if (left) {
		memset(b->s + b->len, ' ', fill);
		b->len += fill;
	}
	return 0;
}

/* A %m that prints strerror's text (not %#m). */
static int errno_text(const struct parsed *p)
{
	return p->spec.conv == 'm' && !(p->spec.flags & LWB_FLAG_ALT);
}

/* Appends one conversion formatted by musl. */
static int musl(struct buf *b, const struct parsed *p, const struct resolved *r, int saved_errno)
{
	char spec[64], *d = spec;
	struct parsed q = *p;
	int n;

	q.spec.pos = 0;
	q.spec.width_star = q.spec.prec_star = 0;
	q.spec.width = r->width;
	q.spec.prec = r->prec;
	q.spec.flags = (q.spec.flags & ~LWB_FLAG_I) | (r->left ? LWB_FLAG_MINUS : 0);
	if (errno_text(p)) {
		/* strerror's text as %s: a call the string module's wrap
		 * reaches; glibc ignores every flag but '-' */
		q.spec.conv = 's';
		q.spec.flags &= LWB_FLAG_MINUS;
		q.type = LWB_ARG_ERRNO;
	}
	*put_spec(d, &q) = 0;
	for (;;) {
		size_t room = b->cap - b->len;
		char *to = b->s + b->len;
		union lwb_arg *v = r->value;

		switch (q.type) {
		case LWB_ARG_NONE:
			errno = saved_errno;
			n = __real_snprintf(to, room, spec);
			break;
		case LWB_ARG_ERRNO:
			n = __real_snprintf(to, room, spec, strerror(saved_errno));
			break;
		case LWB_ARG_INT: n = __real_snprintf(to, room, spec, v->i); break;
		case LWB_ARG_LONG: n = __real_snprintf(to, room, spec, v->l); break;
		case LWB_ARG_LLONG: n = __real_snprintf(to, room, spec, v->ll); break;
		case LWB_ARG_INTMAX: n = __real_snprintf(to, room, spec, (intmax_t)v->ll); break;
		case LWB_ARG_SIZE: n = __real_snprintf(to, room, spec, (size_t)v->ll); break;
		case LWB_ARG_PTRDIFF: n = __real_snprintf(to, room, spec, (ptrdiff_t)v->ll); break;
		case LWB_ARG_DOUBLE: n = __real_snprintf(to, room, spec, v->d); break;
		case LWB_ARG_LDOUBLE: n = __real_snprintf(to, room, spec, v->ld); break;
		default: n = __real_snprintf(to, room, spec, v->p); break;
		}
		if (n < 0)
			return -1;
		if ((size_t)n < room) {
			b->len += n;
			return 0;
		}
		if (reserve(b, n + 1))
			return -1;
	}
}

/* %n stores the count so far, in the size its modifier says. */
static int store_count(const struct parsed *p, const struct resolved *r, size_t count)
{
	void *to = r->value->p;

	if (count > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	switch (p->len[0]) {
	case 'h':
		if (p->len[1])
			*(signed char *)to = count;
		else
			*(short *)to = count;
		break;
	case 'l':
		if (p->len[1])
			*(long long *)to = count;
		else
			*(long *)to = count;
		break;
	case 'j': *(intmax_t *)to = count; break;
	case 'z': *(size_t *)to = count; break;
	case 't': *(ptrdiff_t *)to = count; break;
	default: *(int *)to = count; break;
	}
	return 0;
}

static int render(struct fmtinfo *fi, const char *fmt, struct buf *b, int saved_errno)
{
	const char *lit = fmt;
	int next = 1;

	b->s = NULL;
	b->len = b->cap = 0;
	if (reserve(b, strlen(fmt) + 64))
		return -1;
	for (int i = 0; i <= fi->n; i++) {
		const char *end = i < fi->n ? fi->p[i].spec.start : lit + strlen(lit);
		const struct parsed *p = &fi->p[i];
		struct resolved r;
		const char *text;

		if (reserve(b, end - lit + 1))
			return -1;
		memcpy(b->s + b->len, lit, end - lit);
		b->len += end - lit;
		if (i == fi->n)
			break;
		lit = p->spec.end;
		if (p->spec.conv == '%') {
			b->s[b->len++] = '%';
			continue;
		}
		resolve(fi, i, &next, &r);
		if ((text = null_text(p, &r))) {
			if (pad(b, text, r.width, r.left))
				return -1;
		} else if (p->spec.conv == 'n') {
			if (store_count(p, &r, b->len))
				return -1;
		} else if (musl(b, p, &r, saved_errno)) {
			return -1;
		}
	}
	if (b->len > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	b->s[b->len] = 0;
	return 0;
}

static int rewrite(struct lwb_plan *plan, struct fmtinfo *fi, const char *fmt)
{
	/* a specification grows by two at most: "%.qd" is "%.0lld" */
	size_t n = strlen(fmt) + 2 * fi->n + 1;
	const char *lit = fmt;
	char *d;

	if (n <= sizeof plan->stack) {
		d = plan->stack;
	} else if (!(d = plan->heap = malloc(n))) {
		return -1;
	}
	plan->fmt = d;
	for (int i = 0; i < fi->n; i++) {
		memcpy(d, lit, fi->p[i].spec.start - lit);
		d += fi->p[i].spec.start - lit;
		d = put_spec(d, &fi->p[i]);
		lit = fi->p[i].spec.end;
	}
	strcpy(d, lit);
	return 0;
}

/* Returns 0 with plan->fmt set (print it with the caller's arguments) or
 * plan->out set (the whole output), -1 with errno set. */
int __lwb_printf_plan(struct lwb_plan *plan, const char *fmt, va_list ap)
{
	struct fmtinfo fi = { 0 };
	int saved_errno = errno;
	int need, r = 0;

	plan->fmt = fmt;
	plan->out = plan->heap = NULL;
	need = parse(&fi, fmt);
	if (need & (LWB_PF_VALUES | LWB_PF_ERRNO)) {
		int f = fetch(&fi, ap);
		if (f < 0)
			need = -1;
		else if (f > 0)
			need &= ~(LWB_PF_VALUES | LWB_PF_ERRNO);
		else if (!(need & LWB_PF_ERRNO) && !any_null(&fi))
			need &= ~LWB_PF_VALUES;
	}
	if (need < 0) {
		r = -1;
	} else if (need & (LWB_PF_VALUES | LWB_PF_ERRNO)) {
		struct buf b;

		if (render(&fi, fmt, &b, saved_errno) == 0) {
			plan->fmt = NULL;
			plan->out = plan->heap = b.s;
			plan->len = b.len;
		} else {
			free(b.s);
			r = -1;
		}
	} else if (need & LWB_PF_REWRITE) {
		r = rewrite(plan, &fi, fmt);
	}
	free(fi.p);
	free(fi.types);
	free(fi.args);
	if (r == 0)
		errno = saved_errno;
	return r;
}

void __lwb_printf_done(struct lwb_plan *plan)
{
	free(plan->heap);
}
