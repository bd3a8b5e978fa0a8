/*
 * argp's help output: usage lines, the option list and the documentation,
 * laid out as glibc lays them out.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <libintl.h>
#include <stdlib.h>
#include <string.h>
#include "argp_int.h"

struct cluster {
	const char *header;
	int group;
	int parent;
	const struct argp *argp;	/* the child whose options it holds */
	const struct argp *owner;	/* the parent that named it */
	unsigned ord;
	int shown;
};

struct entry {
	const struct argp_option *opt;
	unsigned n;
	int group;
	int cluster;
	const struct argp *argp;
	unsigned ord;
};

struct hol {
	struct entry *e;
	size_t ne, ecap;
	struct cluster *c;
	size_t nc, ccap;
	int oom;
	const struct argp_state *state;
	struct __lwb_argp_uparams u;
};

static int is_header(const struct argp_option *o)
{
	return !o->name && !o->key && o->doc && !(o->flags & OPTION_ALIAS);
}

static int oshort(const struct argp_option *o)
{
	return _option_is_short(o);
}

static int ohidden(const struct argp_option *o)
{
	return o->flags & OPTION_HIDDEN;
}

static int add_cluster(struct hol *h, const struct argp_child *ch, int parent,
	const struct argp *owner)
{
	struct cluster *c;

	if (h->nc == h->ccap) {
		size_t cap = h->ccap ? 2 * h->ccap : 8;
		c = realloc(h->c, cap * sizeof *c);
		if (!c) {
			h->oom = 1;
			return -1;
		}
		h->c = c;
		h->ccap = cap;
	}
	c = &h->c[h->nc];
	c->header = ch->header;
	c->group = ch->group;
	c->parent = parent;
	c->argp = ch->argp;
	c->owner = owner;
	c->ord = h->nc;
	c->shown = 0;
	return h->nc++;
}

static void add_entry(struct hol *h, const struct argp_option *o, unsigned n,
	int group, int cluster, const struct argp *argp)
{
	struct entry *e;

	if (h->ne == h->ecap) {
		size_t cap = h->ecap ? 2 * h->ecap : 16;
		e = realloc(h->e, cap * sizeof *e);
		if (!e) {
			h->oom = 1;
			return;
		}
		h->e = e;
		h->ecap = cap;
	}
	e = &h->e[h->ne];
	e->opt = o;
	e->n = n;
	e->group = group;
	e->cluster = cluster;
	e->argp = argp;
	e->ord = h->ne++;
}

static void collect(struct hol *h, const struct argp *argp, int cluster)
{
	const struct argp_option *o = argp->options;
	const struct argp_child *ch;
	int group = 0;

	if (o)
		while (!_option_is_end(o)) {
			unsigned n = 1;

			if (o->group)
				group = o->group;
			else if (is_header(o))
				group++;
			while (!_option_is_end(&o[n]) && (o[n].flags & OPTION_ALIAS))
				n++;
			add_entry(h, o, n, group, cluster, argp);
			o += n;
		}
	for (ch = argp->children; ch && ch->argp; ch++) {
		if (ch->header || ch->group) {
			int c = add_cluster(h, ch, cluster, argp);
			if (c < 0)
				return;
			collect(h, ch->argp, c);
		} else {
			collect(h, ch->argp, cluster);
		}
	}
}

/* Groups go 0, 1, 2, ..., then -m, ..., -2, -1. */
static int group_cmp(int a, int b)
{
	if ((a < 0) != (b < 0))
		return a < 0 ? 1 : -1;
	return a < b ? -1 : a > b;
}

static int depth(const struct hol *h, int c)
{
	int d = 0;

	for (; c >= 0; c = h->c[c].parent)
		d++;
	return d;
}

/* The cluster at nesting level lvl (1 = outermost) on c's chain. */
static int ancestor(const struct hol *h, int c, int lvl)
{
	int d = depth(h, c);

	while (d-- > lvl)
		c = h->c[c].parent;
	return c;
}

static const char *sort_name(const struct entry *e, char *buf)
{
	unsigned i;

	for (i = 0; i < e->n; i++)
		if (oshort(&e->opt[i]) && isalnum(e->opt[i].key)) {
			buf[0] = e->opt[i].key;
			buf[1] = 0;
			return buf;
		}
	for (i = 0; i < e->n; i++)
		if (e->opt[i].name)
			return e->opt[i].name;
	return NULL;
}

static int alpha_cmp(const struct entry *a, const struct entry *b)
{
	char ba[2], bb[2];
	const char *na, *nb;
	int r;

	if (is_header(a->opt) != is_header(b->opt))
		return is_header(a->opt) ? -1 : 1;
	na = sort_name(a, ba);
	nb = sort_name(b, bb);
	if (na && nb) {
		r = strcasecmp(na, nb);
		if (r)
			return r;
	} else if (na || nb) {
		return na ? 1 : -1;
	}
	return a->ord < b->ord ? -1 : a->ord > b->ord;
}

static const struct hol *sort_hol;

static int entry_cmp(const void *pa, const void *pb)
{
	const struct entry *a = pa, *b = pb;
	const struct hol *h = sort_hol;
	int da = depth(h, a->cluster), db = depth(h, b->cluster);
	int lvl, r;

	for (lvl = 1;; lvl++) {
		int ca = lvl <= da ? ancestor(h, a->cluster, lvl) : -1;
		int cb = lvl <= db ? ancestor(h, b->cluster, lvl) : -1;
		int ga = ca >= 0 ? h->c[ca].group : a->group;
		int gb = cb >= 0 ? h->c[cb].group : b->group;

		r = group_cmp(ga, gb);
		if (r)
			return r;
		if (ca < 0 && cb < 0)
			return alpha_cmp(a, b);
		if (ca < 0 || cb < 0)
			return ca < 0 ? -1 : 1;
		if (ca != cb)
			return h->c[ca].ord < h->c[cb].ord ? -1 : 1;
	}
}

static const char *opt_arg(const struct entry *e)
{
	return e->opt->arg;
}

static int arg_optional(const struct entry *e)
{
	return e->opt->flags & OPTION_ARG_OPTIONAL;
}

static void *group_input(const struct hol *h, const struct argp *argp)
{
	return h->state ? _argp_input(argp, h->state) : NULL;
}

/* Run text through argp's help_filter; returns what to print (maybe NULL)
 * and sets *owned when the result must be freed. */
static const char *filter(const struct hol *h, const struct argp *argp, int key,
	const char *text, char **owned)
{
	char *r;

	*owned = NULL;
	if (!argp || !argp->help_filter)
		return text;
	r = argp->help_filter(key, text, group_input(h, argp));
	if (r && r != text)
		*owned = r;
	return r;
}

static void print_filtered(struct __lwb_fmt *f, const struct hol *h,
	const struct argp *argp, int key, const char *text)
{
	char *owned;
	const char *s = filter(h, argp, key, text, &owned);

	if (s)
		__lwb_fmt_puts(f, s);
	free(owned);
}

/* The section separator: a blank line once something was printed. */
static void sep(struct __lwb_fmt *f, int *anything)
{
	if (*anything)
		__lwb_fmt_putc(f, '\n');
	*anything = 1;
}

/* Entering a cluster prints its own header (never its parents'). */
static void show_header(struct __lwb_fmt *f, struct hol *h, int c)
{
	const char *t;

	if (c < 0 || !h->c[c].header || !*h->c[c].header)
		return;
	t = __lwb_argp_text(h->c[c].argp, h->c[c].header);
	__lwb_fmt_indent(f, h->u.header_col);
	f->lmargin = f->wmargin = h->u.header_col;
	print_filtered(f, h, h->c[c].owner, ARGP_KEY_HELP_HEADER, t);
	f->lmargin = f->wmargin = 0;
	__lwb_fmt_putc(f, '\n');
}

/* One option entry: its names, then its documentation. */
static void print_entry(struct __lwb_fmt *f, struct hol *h, const struct entry *e,
	int *note)
{
	const struct __lwb_argp_uparams *u = &h->u;
	const char *arg = opt_arg(e);
	int first = 1, nlong = 0, i;
	unsigned k;

	if (is_header(e->opt)) {
		const char *t = __lwb_argp_text(e->argp, e->opt->doc);
		__lwb_fmt_indent(f, u->header_col);
		f->lmargin = f->wmargin = u->header_col;
		print_filtered(f, h, e->argp, ARGP_KEY_HELP_HEADER, t);
		f->lmargin = f->wmargin = 0;
		__lwb_fmt_putc(f, '\n');
		return;
	}
	if (e->opt->flags & OPTION_DOC) {
		for (k = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			if (!o->name || ohidden(o))
				continue;
			if (first) {
				__lwb_fmt_indent(f, u->doc_opt_col);
				first = 0;
			} else {
				__lwb_fmt_puts(f, ", ");
			}
			__lwb_fmt_puts(f, __lwb_argp_text(e->argp, o->name));
		}
	} else {
		for (k = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			if (!oshort(o) || ohidden(o))
				continue;
			if (first) {
				__lwb_fmt_indent(f, u->short_opt_col);
				first = 0;
			} else {
				__lwb_fmt_puts(f, ", ");
			}
			__lwb_fmt_putc(f, '-');
			__lwb_fmt_putc(f, o->key);
			if (arg && u->dup_args) {
				const char *a = __lwb_argp_text(e->argp, arg);
				if (arg_optional(e))
					__lwb_fmt_printf(f, "[%s]", a);
				else
					__lwb_fmt_printf(f, " %s", a);
			}
		}
		for (k = 0; k < e->n; k++)
			if (e->opt[k].name && !ohidden(&e->opt[k]))
				nlong++;
		if (arg && !u->dup_args && !first && nlong)
			*note = 1;
		for (k = 0, i = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			if (!o->name || ohidden(o))
				continue;
			if (!first)
				__lwb_fmt_puts(f, ", ");
			if (i == 0)
				__lwb_fmt_indent(f, u->long_opt_col);
			first = 0;
			__lwb_fmt_printf(f, "--%s", o->name);
			if (arg) {
				const char *a = __lwb_argp_text(e->argp, arg);
				if (arg_optional(e))
					__lwb_fmt_printf(f, "[=%s]", a);
				else
					__lwb_fmt_printf(f, "=%s", a);
			}
			i++;
		}
		if (arg && !u->dup_args && !nlong && !first) {
			const char *a = __lwb_argp_text(e->argp, arg);
			if (arg_optional(e))
				__lwb_fmt_printf(f, "[%s]", a);
			else
				__lwb_fmt_printf(f, " %s", a);
		}
	}
	if (first && !e->opt->doc)
		return;
	if (e->opt->doc) {
		char *owned;
		const char *t = filter(h, e->argp, e->opt->key,
			__lwb_argp_text(e->argp, e->opt->doc), &owned);
		if (t && *t) {
			/* Names that end at most three columns past the doc
			 * column get three spaces; longer ones put the doc on
			 * the next line. */
			int col = __lwb_fmt_col(f);
			if (col > u->opt_doc_col + 3)
				__lwb_fmt_putc(f, '\n');
			if (col >= u->opt_doc_col && col <= u->opt_doc_col + 3)
				__lwb_fmt_puts(f, "   ");
			else
				__lwb_fmt_indent(f, u->opt_doc_col);
			f->lmargin = f->wmargin = u->opt_doc_col;
			__lwb_fmt_puts(f, t);
			f->lmargin = f->wmargin = 0;
		}
		free(owned);
	}
	__lwb_fmt_putc(f, '\n');
}

static int entry_visible(const struct entry *e)
{
	return !ohidden(e->opt);
}

static void print_list(struct __lwb_fmt *f, struct hol *h, int *anything)
{
	const struct entry *prev = NULL;
	int note = 0;
	size_t i;

	for (i = 0; i < h->ne; i++) {
		const struct entry *e = &h->e[i];
		if (!entry_visible(e))
			continue;
		/* A blank line between groups, and before a cluster's header. */
		if (!prev)
			sep(f, anything);
		else if (prev->group != e->group || (prev->cluster != e->cluster &&
		    e->cluster >= 0 && h->c[e->cluster].header))
			__lwb_fmt_putc(f, '\n');
		if (!is_header(e->opt) && (!prev || prev->cluster != e->cluster))
			show_header(f, h, e->cluster);
		print_entry(f, h, e, &note);
		prev = e;
	}
	if (note && h->u.dup_args_note) {
		const char *t = __lwb_argp_msg("Mandatory or optional arguments to long options are also mandatory or optional for any corresponding short options.");
		char *owned;
		const struct argp *root = h->state ? h->state->root_argp : NULL;
		const char *s = filter(h, root, ARGP_KEY_HELP_DUP_ARGS_NOTE, t, &owned);
		(void)s;
		if (s) {
			__lwb_fmt_putc(f, '\n');
			__lwb_fmt_puts(f, s);
			__lwb_fmt_putc(f, '\n');
		}
		free(owned);
	}
}

/* ---- usage ---- */

struct ubuf {
	char *s;
	size_t len, cap;
};

/* A usage item goes whole onto the next line when it does not fit: an
 * option may end at the right margin, an operand list only before it. */
static void item_n(struct __lwb_fmt *f, const struct __lwb_argp_uparams *u, const char *s,
	size_t n, int slack)
{
	if (__lwb_fmt_col(f) + 1 + (int)n + slack > u->rmargin) {
		__lwb_fmt_putc(f, '\n');
		__lwb_fmt_indent(f, u->usage_indent);
	} else {
		__lwb_fmt_putc(f, ' ');
	}
	__lwb_fmt_write(f, s, n);
}

static void item(struct __lwb_fmt *f, const struct __lwb_argp_uparams *u, const char *s)
{
	item_n(f, u, s, strlen(s), 0);
}

static int in_usage(const struct entry *e, const struct argp_option *o)
{
	return !ohidden(o) && !(e->opt->flags & OPTION_NO_USAGE) && !(o->flags & OPTION_NO_USAGE);
}

static void usage_options(struct __lwb_fmt *f, struct hol *h)
{
	const struct __lwb_argp_uparams *u = &h->u;
	char *flags = malloc(h->ne * 8 + 4);
	size_t nf = 0, i;
	unsigned k;
	char *s;

	if (!flags) {
		f->oom = 1;
		return;
	}
	flags[nf++] = '[';
	flags[nf++] = '-';
	for (i = 0; i < h->ne; i++) {
		const struct entry *e = &h->e[i];
		if (e->opt->arg || is_header(e->opt))
			continue;
		for (k = 0; k < e->n; k++)
			if (oshort(&e->opt[k]) && in_usage(e, &e->opt[k]))
				flags[nf++] = e->opt[k].key;
	}
	if (nf > 2) {
		flags[nf++] = ']';
		flags[nf] = 0;
		item(f, u, flags);
	}
	free(flags);
	for (i = 0; i < h->ne; i++) {
		const struct entry *e = &h->e[i];
		if (!e->opt->arg || is_header(e->opt))
			continue;
		for (k = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			const char *a = __lwb_argp_text(e->argp, e->opt->arg);
			if (!oshort(o) || !in_usage(e, o))
				continue;
			if (asprintf(&s, arg_optional(e) ? "[-%c[%s]]" : "[-%c %s]", o->key, a) < 0) {
				f->oom = 1;
				return;
			}
			item(f, u, s);
			free(s);
		}
	}
	for (i = 0; i < h->ne; i++) {
		const struct entry *e = &h->e[i];
		if (is_header(e->opt))
			continue;
		for (k = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			int r;
			if (!o->name || !in_usage(e, o))
				continue;
			if (e->opt->arg) {
				const char *a = __lwb_argp_text(e->argp, e->opt->arg);
				r = asprintf(&s, arg_optional(e) ? "[--%s[=%s]]" : "[--%s=%s]", o->name, a);
			} else {
				r = asprintf(&s, "[--%s]", o->name);
			}
			if (r < 0) {
				f->oom = 1;
				return;
			}
			item(f, u, s);
			free(s);
		}
	}
}

/* The parsers with an args_doc, in tree order. */
static size_t arg_levels(const struct argp *argp, const struct argp **out, size_t n)
{
	const struct argp_child *ch;

	if (argp->args_doc) {
		if (out)
			out[n] = argp;
		n++;
	}
	for (ch = argp->children; ch && ch->argp; ch++)
		n = arg_levels(ch->argp, out, n);
	return n;
}

static unsigned alternatives(const char *d)
{
	unsigned n = 1;

	for (; *d; d++)
		n += *d == '\n';
	return n;
}

/* One usage line's operands: alternative alt[i] of each level's args_doc. */
static void print_args(struct __lwb_fmt *f, struct hol *h, const struct argp **lv,
	size_t n, const unsigned *alt, unsigned *count)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char *owned;
		const char *d = filter(h, lv[i], ARGP_KEY_HELP_ARGS_DOC,
			__lwb_argp_text(lv[i], lv[i]->args_doc), &owned);
		const char *nl;
		unsigned k;

		count[i] = 1;
		if (d) {
			count[i] = alternatives(d);
			for (k = 0; k < alt[i] && (nl = strchr(d, '\n')); k++)
				d = nl + 1;
			nl = strchr(d, '\n');
			item_n(f, &h->u, d, nl ? (size_t)(nl - d) : strlen(d), 1);
		}
		free(owned);
	}
}

/* Step to the next combination of alternatives: children before their
 * parent, in order, each counting through its alternatives and carrying
 * to the next when it wraps. Returns 0 when every one wrapped. */
static int advance(const struct argp *argp, size_t *idx, unsigned *alt, const unsigned *count)
{
	const struct argp_child *ch;
	size_t me = (size_t)-1;

	if (argp->args_doc)
		me = (*idx)++;
	for (ch = argp->children; ch && ch->argp; ch++)
		if (advance(ch->argp, idx, alt, count))
			return 1;
	if (me != (size_t)-1) {
		if (alt[me] + 1 < count[me]) {
			alt[me]++;
			return 1;
		}
		alt[me] = 0;
	}
	return 0;
}

/* "Usage:" lines, one for each combination of the parsers' args_doc
 * alternatives; only the first lists the options when full. */
static void usage(struct __lwb_fmt *f, struct hol *h, const struct argp *argp,
	const char *name, int full)
{
	size_t n = arg_levels(argp, NULL, 0), i;
	const struct argp **lv = calloc(n + 1, sizeof *lv);
	unsigned *alt = calloc(n + 1, sizeof *alt);
	unsigned *count = calloc(n + 1, sizeof *count);
	int first = 1;

	if (!lv || !alt || !count) {
		f->oom = 1;
		goto out;
	}
	arg_levels(argp, lv, 0);
	f->wmargin = h->u.usage_indent;
	for (;;) {
		__lwb_fmt_puts(f, first ? __lwb_argp_msg("Usage:") : __lwb_argp_msg("  or: "));
		__lwb_fmt_printf(f, " %s", name);
		if (full && first)
			usage_options(f, h);
		else if (h->ne)
			item(f, &h->u, __lwb_argp_msg("[OPTION...]"));
		print_args(f, h, lv, n, alt, count);
		__lwb_fmt_putc(f, '\n');
		first = 0;
		i = 0;
		if (!advance(argp, &i, alt, count))
			break;
	}
	f->wmargin = 0;
out:
	free(lv);
	free(alt);
	free(count);
}

/* ---- documentation ---- */

/* The documentation before (post = 0) or after (post = 1) the option list:
 * the root's part, through its filter, then each child's in order; before
 * the options only the first that has any. After its own part an argp's
 * filter may add text (ARGP_KEY_HELP_EXTRA). */
static int print_doc(struct __lwb_fmt *f, struct hol *h, const struct argp *argp,
	int post, int *anything)
{
	const struct argp_child *ch;
	const char *doc = argp->doc ? __lwb_argp_text(argp, argp->doc) : NULL;
	const char *vt = doc ? strchr(doc, '\v') : NULL;
	const char *t = NULL;
	char *part = NULL, *owned = NULL;
	int found = 0;

	/* As in glibc, a doc that starts with '\v' is its own part before
	 * the options too, '\v' and all. */
	if (post)
		t = vt ? vt + 1 : NULL;
	else if (vt && vt != doc)
		t = part = strndup(doc, vt - doc);
	else
		t = doc;
	if (argp->help_filter)
		t = filter(h, argp, post ? ARGP_KEY_HELP_POST_DOC : ARGP_KEY_HELP_PRE_DOC, t, &owned);
	/* Before the options, the first parser with a doc ends the search,
	 * even when its part is empty. */
	found = t != NULL;
	if (t) {
		if (post)
			sep(f, anything);
		__lwb_fmt_puts(f, t);
		if (__lwb_fmt_col(f))
			__lwb_fmt_putc(f, '\n');
		*anything = 1;
	}
	free(owned);
	free(part);
	if (post && argp->help_filter) {
		t = filter(h, argp, ARGP_KEY_HELP_EXTRA, NULL, &owned);
		if (t && *t) {
			sep(f, anything);
			__lwb_fmt_puts(f, t);
			if (__lwb_fmt_col(f))
				__lwb_fmt_putc(f, '\n');
		}
		free(owned);
	}
	if (found && !post)
		return 1;
	for (ch = argp->children; ch && ch->argp; ch++)
		if (print_doc(f, h, ch->argp, post, anything) && !post)
			return 1;
	return found;
}

void __lwb_argp_help(const struct argp *argp, const struct argp_state *state,
	FILE *stream, unsigned flags, const char *name)
{
	struct hol h = { .state = state };
	struct __lwb_fmt f;
	int anything = 0;

	if (!stream)
		return;
	__lwb_argp_uparams(&h.u, state);
	__lwb_fmt_init(&f, 0, h.u.rmargin, 0);
	if (argp && (flags & (ARGP_HELP_USAGE | ARGP_HELP_SHORT_USAGE | ARGP_HELP_LONG))) {
		collect(&h, argp, -1);
		sort_hol = &h;
		if (h.ne)
			qsort(h.e, h.ne, sizeof *h.e, entry_cmp);
	}
	if (!h.oom && argp) {
		if (flags & (ARGP_HELP_USAGE | ARGP_HELP_SHORT_USAGE)) {
			usage(&f, &h, argp, name, !(flags & ARGP_HELP_SHORT_USAGE));
			anything = 1;
		}
		if (flags & ARGP_HELP_PRE_DOC)
			print_doc(&f, &h, argp, 0, &anything);
	}
	if (flags & ARGP_HELP_SEE) {
		__lwb_fmt_printf(&f, __lwb_argp_msg("Try `%s --help' or `%s --usage' for more information.\n"),
			name, name);
		anything = 1;
	}
	if (!h.oom && argp && (flags & ARGP_HELP_LONG))
		print_list(&f, &h, &anything);
	if (!h.oom && argp && (flags & ARGP_HELP_POST_DOC)) {
		print_doc(&f, &h, argp, 1, &anything);
	}
	if ((flags & ARGP_HELP_BUG_ADDR) && argp_program_bug_address) {
		sep(&f, &anything);
		__lwb_fmt_printf(&f, __lwb_argp_msg("Report bugs to %s.\n"), argp_program_bug_address);
	}
	if (h.oom)
		f.oom = 1;
	__lwb_fmt_done(&f, stream);
	free(h.e);
	free(h.c);
}
