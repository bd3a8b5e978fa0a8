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
	size_t dup;		/* where its options' flags start in hol.dup */
	int group;
	int cluster;
	const struct argp *argp;
	unsigned ord;
};

struct hol {
	struct entry *e;
	size_t ne, ecap;
	unsigned char *dup;	/* per option: a short key an earlier option has */
	size_t ndup, dupcap;
	unsigned char seen[256];
	struct cluster *c;
	size_t nc, ccap;
	int oom;
	const struct argp_state *state;
	struct __lwb_argp_uparams u;
};

/* The list qsort is sorting (qsort passes no context). */
static const struct hol *sort_hol;

/* An option with neither name nor key but a doc starts a new group. */
static int starts_group(const struct argp_option *o)
{
	return !o->name && !o->key && o->doc && !(o->flags & OPTION_ALIAS);
}

/* An entry with neither a long name nor a short option is shown the way
 * a group header is: its doc alone, at header-col, first in its group. */
static int is_header(const struct entry *e)
{
	unsigned k;

	for (k = 0; k < e->n; k++)
		if (e->opt[k].name || _option_is_short(&e->opt[k]))
			return 0;
	return 1;
}

/* As in glibc, a short option shows only for the first option (in the
 * order of the tree) with that key. */
static int oshort(const struct hol *h, const struct entry *e, unsigned k)
{
	return _option_is_short(&e->opt[k]) && !h->dup[e->dup + k];
}

static int ohidden(const struct argp_option *o)
{
	return o->flags & OPTION_HIDDEN;
}

/* Whether an option entry shows in the list: glibc prints an entry, its
 * documentation and the blank lines before it, only when it has a name
 * to print (one that is not hidden, and a short option not taken by an
 * earlier entry). One with none is passed over as if it were not there,
 * even when it has a doc; a hidden first option does not hide the
 * entry's visible aliases. */
static int shows(const struct hol *h, const struct entry *e)
{
	unsigned k;

	for (k = 0; k < e->n; k++) {
		const struct argp_option *o = &e->opt[k];
		if (ohidden(o))
			continue;
		if (o->name || (!(e->opt->flags & OPTION_DOC) && oshort(h, e, k)))
			return 1;
	}
	return 0;
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
	unsigned i;

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
	if (h->ndup + n > h->dupcap) {
		size_t cap = 2 * (h->ndup + n);
		unsigned char *d = realloc(h->dup, cap);
		if (!d) {
			h->oom = 1;
			return;
		}
		h->dup = d;
		h->dupcap = cap;
	}
	for (i = 0; i < n; i++) {
		unsigned char key = o[i].key;
		int is_short = _option_is_short(&o[i]);
		h->dup[h->ndup + i] = is_short && h->seen[key];
		if (is_short)
			h->seen[key] = 1;
	}
	e = &h->e[h->ne];
	e->opt = o;
	e->n = n;
	e->dup = h->ndup;
	h->ndup += n;
	/* glibc puts --help and --version last: an entry with either name
	 * is sorted and separated as if in group -1. */
	for (i = 0; i < n; i++)
		if (o[i].name && (!strcmp(o[i].name, "help") || !strcmp(o[i].name, "version")))
			group = -1;
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
			else if (starts_group(o))
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

/* The name an entry sorts by: its first short option, else its first long
 * name. A documentation entry sorts by its first name, without the
 * dashes it starts with; *late is set when that name has none (glibc
 * puts those after every other entry of the group). */
static const char *sort_name(const struct entry *e, char *buf, int *late)
{
	unsigned i;

	*late = 0;
	if (e->opt->flags & OPTION_DOC) {
		for (i = 0; i < e->n; i++)
			if (e->opt[i].name) {
				const char *n = e->opt[i].name;
				if (*n != '-')
					*late = 1;
				while (*n == '-')
					n++;
				return n;
			}
		return NULL;
	}
	for (i = 0; i < e->n; i++)
		if (oshort(sort_hol, e, i)) {
			buf[0] = e->opt[i].key;
			buf[1] = 0;
			return buf;
		}
	for (i = 0; i < e->n; i++)
		if (e->opt[i].name)
			return e->opt[i].name;
	return NULL;
}

/* Names equal but for case: the lower case one first. */
static int case_cmp(int a, int b)
{
	int r = tolower(a) - tolower(b);

	return r ? r : b - a;
}

static int alpha_cmp(const struct entry *a, const struct entry *b)
{
	char ba[2], bb[2];
	const char *na, *nb;
	int la, lb, r;

	if (is_header(a) != is_header(b))
		return is_header(a) ? -1 : 1;
	na = sort_name(a, ba, &la);
	nb = sort_name(b, bb, &lb);
	if (na && nb) {
		int sa = na == ba, sb = nb == bb;
		if (la != lb)
			return la ? 1 : -1;
		if (sa != sb) {
			/* A short option against a long name: against the name's
			 * first letter, and the long name first when they are
			 * the same. */
			r = case_cmp((unsigned char)*na, (unsigned char)*nb);
			if (r)
				return r;
			return sa ? 1 : -1;
		}
		/* First letters that differ only in case: the lower case
		 * one first; otherwise without regard to case, and equal
		 * names in the order of the tree. */
		if (*na != *nb && tolower((unsigned char)*na) == tolower((unsigned char)*nb))
			return (unsigned char)*na > (unsigned char)*nb ? -1 : 1;
		r = strcasecmp(na, nb);
		if (r)
			return r;
	} else if (na || nb) {
		return na ? 1 : -1;
	}
	return a->ord < b->ord ? -1 : a->ord > b->ord;
}

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

		/* Inside a cluster, its own entries come before those of the
		 * clusters nested in it, whatever their groups. */
		if (lvl > 1 && (ca < 0) != (cb < 0))
			return ca < 0 ? -1 : 1;
		r = group_cmp(ga, gb);
		if (r)
			return r;
		if (ca < 0 && cb < 0)
			return alpha_cmp(a, b);
		if (ca < 0 || cb < 0)
			return ca < 0 ? -1 : 1;
		/* Sibling clusters of one group: the later one first. */
		if (ca != cb)
			return h->c[ca].ord > h->c[cb].ord ? -1 : 1;
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

/* The section separator: a blank line once something was printed. */
static void sep(struct __lwb_fmt *f, int *anything)
{
	if (*anything)
		__lwb_fmt_putc(f, '\n');
	*anything = 1;
}

/* Text at a margin of its own (headers, documentation): glibc sets both
 * margins, writes the text and puts the margins back, so the text is
 * filled when the margins change back. */
static void at_margin(struct __lwb_fmt *f, int col, const char *text)
{
	int lm = __lwb_fmt_set_lmargin(f, col);
	int wm = __lwb_fmt_set_wmargin(f, col);

	__lwb_fmt_puts(f, text);
	__lwb_fmt_set_lmargin(f, lm);
	__lwb_fmt_set_wmargin(f, wm);
}

/* A group header's text, through the help filter (a child's empty header
 * never reaches it, an option's does). */
static const char *header_text(const struct hol *h, const struct argp *argp,
	const char *text, char **owned)
{
	*owned = NULL;
	if (!text)
		return NULL;
	return filter(h, argp, ARGP_KEY_HELP_HEADER, text, owned);
}

/* A header: at header-col on a line of its own. glibc starts its line
 * with the wrap margin an option entry has at that point: the short
 * option column before a cluster's header, the long option column
 * before a group's. That margin breaks the line of blanks the left
 * margin gives when header-col is at or past the right margin. */
static void print_header(struct __lwb_fmt *f, const struct hol *h, const char *t,
	int cluster)
{
	int wm = __lwb_fmt_set_wmargin(f, h->u.short_opt_col);

	if (!cluster)
		__lwb_fmt_set_wmargin(f, h->u.long_opt_col);
	at_margin(f, h->u.header_col, t);
	__lwb_fmt_set_wmargin(f, wm);
	__lwb_fmt_putc(f, '\n');
}

/* Before each name: ", " after the first, and the column for the kind of
 * name; glibc asks for the column every time, which is where the filler
 * runs. */
static void comma(struct __lwb_fmt *f, int col, int *first)
{
	if (!*first)
		__lwb_fmt_puts(f, ", ");
	*first = 0;
	__lwb_fmt_indent(f, col);
}

/* glibc translates the option list's argument names and documentation
 * (and the names of documentation options) in the text domain of the
 * state's root parser, not the option's own: without a state (argp_help)
 * and under argp_parse, whose root is its own wrapper without a domain,
 * that is the program's default domain. */
static const char *list_text(const struct hol *h, const char *s)
{
	return __lwb_argp_text(h->state ? h->state->root_argp : NULL, s);
}

/* One option entry: its names, then its documentation. */
static void print_entry(struct __lwb_fmt *f, struct hol *h, const struct entry *e,
	int *note)
{
	const struct __lwb_argp_uparams *u = &h->u;
	const char *arg = opt_arg(e);
	const char *a = arg ? list_text(h, arg) : NULL;
	int first = 1, nlong = 0, old_wm;
	unsigned k;

	old_wm = __lwb_fmt_set_wmargin(f, u->short_opt_col);
	if (e->opt->flags & OPTION_DOC) {
		__lwb_fmt_set_wmargin(f, u->doc_opt_col);
		for (k = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			if (!o->name || ohidden(o))
				continue;
			comma(f, u->doc_opt_col, &first);
			__lwb_fmt_puts(f, list_text(h, o->name));
		}
	} else {
		for (k = 0; k < e->n; k++)
			if (e->opt[k].name && !ohidden(&e->opt[k]))
				nlong++;
		/* Without long names to carry it, the argument goes after
		 * every short option, as with dup-args. */
		for (k = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			if (!oshort(h, e, k) || ohidden(o))
				continue;
			comma(f, u->short_opt_col, &first);
			__lwb_fmt_putc(f, '-');
			__lwb_fmt_putc(f, o->key);
			if (a && (u->dup_args || !nlong)) {
				if (arg_optional(e))
					__lwb_fmt_printf(f, "[%s]", a);
				else
					__lwb_fmt_printf(f, " %s", a);
			}
		}
		if (a && !u->dup_args && !first && nlong)
			*note = 1;
		__lwb_fmt_set_wmargin(f, u->long_opt_col);
		for (k = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			if (!o->name || ohidden(o))
				continue;
			comma(f, u->long_opt_col, &first);
			__lwb_fmt_printf(f, "--%s", o->name);
			if (a) {
				if (arg_optional(e))
					__lwb_fmt_printf(f, "[=%s]", a);
				else
					__lwb_fmt_printf(f, "=%s", a);
			}
		}
	}
	__lwb_fmt_set_wmargin(f, old_wm);
	if (first && !e->opt->doc)
		return;
	if (e->opt->doc) {
		char *owned;
		const char *t = filter(h, e->argp, e->opt->key,
			list_text(h, e->opt->doc), &owned);
		if (t && *t) {
			int lm = __lwb_fmt_set_lmargin(f, u->opt_doc_col);
			int wm = __lwb_fmt_set_wmargin(f, u->opt_doc_col);
			int col = __lwb_fmt_point(f);
			/* Names that end at most three columns past the doc
			 * column get three spaces; longer ones put the doc on
			 * the next line, at the left margin. */
			if (col > u->opt_doc_col + 3)
				__lwb_fmt_putc(f, '\n');
			else if (col >= u->opt_doc_col)
				__lwb_fmt_puts(f, "   ");
			else
				__lwb_fmt_indent(f, u->opt_doc_col);
			__lwb_fmt_puts(f, t);
			__lwb_fmt_set_lmargin(f, lm);
			__lwb_fmt_set_wmargin(f, wm);
		}
		free(owned);
	}
	__lwb_fmt_putc(f, '\n');
}

static void print_list(struct __lwb_fmt *f, struct hol *h, int *anything)
{
	const struct entry *prev = NULL;
	int note = 0, sep_groups = 0;
	size_t i;

	/* The separator comes with any option, shown or not. */
	if (h->ne)
		sep(f, anything);
	for (i = 0; i < h->ne; i++) {
		const struct entry *e = &h->e[i];
		int header = is_header(e), cluster_header, prints = 1;
		const char *ch = e->cluster >= 0 ? h->c[e->cluster].header : NULL;
		const char *ht = NULL;
		char *owned = NULL;

		/* Headers show even when hidden. */
		if (!header && !shows(h, e))
			continue;
		/* A cluster's header shows before its first entry, unless
		 * that entry is a group header itself (shown or not). */
		cluster_header = !header && ch && *ch && (!prev || prev->cluster != e->cluster);
		if (header) {
			ht = header_text(h, e->argp, __lwb_argp_text(e->argp, e->opt->doc), &owned);
			prints = ht && *ht;
			/* A header, even an empty one, turns on blank lines
			 * between groups from there on. */
			if (e->opt->doc)
				sep_groups = 1;
		}
		/* A blank line before a header that shows (after any entry,
		 * shown or not), and between groups once a header was seen;
		 * groups are the entries' own, and a cluster's header adds a
		 * blank line of its own. */
		if (prev && ((header && prints) ||
		    (prints && sep_groups && prev->group != e->group)))
			__lwb_fmt_putc(f, '\n');
		if (prev && cluster_header)
			__lwb_fmt_putc(f, '\n');
		if (cluster_header) {
			char *cowned;
			const char *t = header_text(h, h->c[e->cluster].owner,
				__lwb_argp_text(h->c[e->cluster].owner, ch), &cowned);
			if (t && *t)
				print_header(f, h, t, 1);
			free(cowned);
			sep_groups = 1;
		}
		if (header) {
			if (prints)
				print_header(f, h, ht, 0);
		} else {
			print_entry(f, h, e, &note);
		}
		free(owned);
		prev = e;
	}
	if (note && h->u.dup_args_note) {
		const char *t = list_text(h, "Mandatory or optional arguments to long options are also mandatory or optional for any corresponding short options.");
		char *owned;
		const struct argp *root = h->state ? h->state->root_argp : NULL;
		const char *s = filter(h, root, ARGP_KEY_HELP_DUP_ARGS_NOTE, t, &owned);
		if (s) {
			__lwb_fmt_putc(f, '\n');
			__lwb_fmt_puts(f, s);
			__lwb_fmt_putc(f, '\n');
		}
		free(owned);
	}
}

/* ---- usage ---- */

/* Before a usage item glibc checks the room left and starts a new line
 * (at the usage indent, through the left margin) when the item would
 * reach the right margin; otherwise a space. */
static void space(struct __lwb_fmt *f, const struct __lwb_argp_uparams *u, size_t n)
{
	if (__lwb_fmt_point(f) + (long)n + 1 >= u->rmargin)
		__lwb_fmt_putc(f, '\n');
	else
		__lwb_fmt_putc(f, ' ');
}

static int in_usage(const struct entry *e, const struct argp_option *o)
{
	return !ohidden(o) && !(e->opt->flags & OPTION_NO_USAGE) && !(o->flags & OPTION_NO_USAGE);
}

/* In the usage each option shows its own argument, or its entry's, and
 * the argument is optional if its own flags or its entry's say so (the
 * option list goes by the entry's alone). */
static const char *usage_arg(const struct entry *e, const struct argp_option *o)
{
	return o->arg ? o->arg : e->opt->arg;
}

static int usage_optional(const struct entry *e, const struct argp_option *o)
{
	return arg_optional(e) || (o->flags & OPTION_ARG_OPTIONAL);
}

/* The option items of the first usage line. glibc writes them one after
 * the other, each with its leading blank, and leaves the breaking to the
 * line filler; only a short option with a required argument is checked
 * for room first, as the operands are (space). The short
 * options without argument go as one formatted item, whose terminating
 * null lands in the buffer after it. */
static void usage_options(struct __lwb_fmt *f, struct hol *h)
{
	const struct __lwb_argp_uparams *u = &h->u;
	char *cluster = NULL;
	size_t i, n = 0;
	unsigned k;

	for (i = 0; i < h->ne; i++) {
		const struct entry *e = &h->e[i];
		if (is_header(e))
			continue;
		for (k = 0; k < e->n; k++)
			if (oshort(h, e, k) && in_usage(e, &e->opt[k]) && !usage_arg(e, &e->opt[k])) {
				char *p = realloc(cluster, n + 2);
				if (!p) {
					f->err = 1;
					free(cluster);
					return;
				}
				cluster = p;
				cluster[n++] = e->opt[k].key;
				cluster[n] = 0;
			}
	}
	if (cluster)
		__lwb_fmt_printf(f, " [-%s]", cluster);
	free(cluster);
	for (i = 0; i < h->ne; i++) {
		const struct entry *e = &h->e[i];
		if (is_header(e))
			continue;
		for (k = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			const char *a = usage_arg(e, o);
			if (!a || !oshort(h, e, k) || !in_usage(e, o))
				continue;
			a = __lwb_argp_text(e->argp, a);
			if (usage_optional(e, o)) {
				__lwb_fmt_printf(f, " [-%c[%s]]", o->key, a);
			} else {
				space(f, u, strlen(a) + 5);
				__lwb_fmt_printf(f, "[-%c %s]", o->key, a);
			}
		}
	}
	for (i = 0; i < h->ne; i++) {
		const struct entry *e = &h->e[i];
		if (is_header(e))
			continue;
		for (k = 0; k < e->n; k++) {
			const struct argp_option *o = &e->opt[k];
			const char *a = usage_arg(e, o);
			if (!o->name || !in_usage(e, o))
				continue;
			if (a) {
				a = __lwb_argp_text(e->argp, a);
				__lwb_fmt_printf(f, usage_optional(e, o) ? " [--%s[=%s]]" : " [--%s=%s]", o->name, a);
			} else {
				__lwb_fmt_printf(f, " [--%s]", o->name);
			}
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
		size_t len;

		count[i] = 1;
		if (d) {
			count[i] = alternatives(d);
			for (k = 0; k < alt[i] && (nl = strchr(d, '\n')); k++)
				d = nl + 1;
			nl = strchr(d, '\n');
			len = nl ? (size_t)(nl - d) : strlen(d);
			space(f, &h->u, len);
			__lwb_fmt_write(f, d, len);
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
	int first = 1, lm, wm;

	if (!lv || !alt || !count) {
		f->err = 1;
		goto out;
	}
	arg_levels(argp, lv, 0);
	for (;;) {
		wm = __lwb_fmt_set_wmargin(f, h->u.usage_indent);
		/* Translated in the domain of the parser the help is for
		 * (argp_parse's wrapper has none); "[OPTION...]" not at all. */
		__lwb_fmt_printf(f, "%s %s", __lwb_argp_text(argp, first ? "Usage:" : "  or: "),
			name);
		lm = __lwb_fmt_set_lmargin(f, h->u.usage_indent);
		if (full && first) {
			usage_options(f, h);
		} else if (h->ne) {
			const char *o = "[OPTION...]";
			__lwb_fmt_putc(f, ' ');
			__lwb_fmt_puts(f, o);
		}
		print_args(f, h, lv, n, alt, count);
		__lwb_fmt_set_lmargin(f, lm);
		__lwb_fmt_set_wmargin(f, wm);
		__lwb_fmt_putc(f, '\n');
		first = 0;
		i = 0;
		if (!advance(argp, &i, alt, count))
			break;
	}
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
		if (__lwb_fmt_point(f) > 0)
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
			if (__lwb_fmt_point(f) > 0)
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
	if (__lwb_fmt_open(&f, stream, 0, h.u.rmargin, 0))
		return;
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
		f.err = 1;
	__lwb_fmt_close(&f);
	free(h.e);
	free(h.c);
	free(h.dup);
}
