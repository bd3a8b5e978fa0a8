/*
 * FNM_EXTMATCH without exponential time or deep recursion.
 *
 * glibc's reading, which this reproduces (observed on glibc 2.36):
 * - ?(...) and @(...) work on the pattern text: each alternative is glued
 *   to the rest of the pattern and the result read again, so a trailing
 *   backslash in an alternative quotes the first character after the
 *   group, and "@(b*)(x)" becomes "b*(x)";
 * - the alternatives of *(...), +(...) and !(...) are patterns on their
 *   own, matched against a part of the string: a trailing backslash in one
 *   matches nothing, FNM_LEADING_DIR holds in them too, and a period or
 *   slash is "leading" by its place in the whole string;
 * - !(...) matches any part of the string, slashes and leading periods
 *   included, that no alternative matches.
 *
 * How. Every pattern text met is compiled once (texts.c). A text is
 * evaluated on a set of states at once (bitsets over string positions)
 * and gives the set of states where it can end. A ?(...), @(...) or a
 * forking bracket hands states to texts shorter than itself: evaluating a
 * text's family longest first evaluates each member once, with the union
 * of all that reaches it. The alternatives of *(...), +(...) and !(...)
 * are evaluated from single starts and remembered per (alternative,
 * start); a star group is then a sweep over states in increasing order,
 * a negation a complement per start.
 *
 * Bound. With n the string length, T <= LIMIT_TEXTS(m) = 4m + 64 texts
 * for a pattern of m characters, and K tokens in all of them: each
 * (alternative, start) pair is evaluated once, at a cost of O(K) steps of
 * at most O(n / 16) word operations each, plus per group O(n) unions of
 * O(n / 16) words, so time is O(T * n * (K + T * n) * n / 16) whatever
 * the nesting (glibc's own matcher is exponential on "*(*(*(a)))b"), and
 * the remembered sets take at most LIMIT_BYTES. Missing results are
 * computed on an explicit stack of frames in the heap, never by C
 * recursion, so no pattern can exhaust the C stack (glibc's overflows on
 * "+(a|b)" against 10000 characters).
 */
#include <stdlib.h>
#include <string.h>
#include "ext.h"

/*
 * States: four per string position i. 4i is plain; +1 marks the place
 * right after a star's question marks, which glibc takes for the start of
 * a name (see fnm_leading); +2 ("pending") marks where a star stopped that
 * was followed by more pattern: glibc tries that more only at places
 * before the end of the (sub)string, so a (sub)pattern may not end in a
 * pending state. Matching a character leads to a plain state. Ends are
 * remembered per start without the pending mark (KEY).
 */
#define STATE(i, pend, forced) (4 * (i) + 2 * (pend) + (forced))
#define POS(b) ((b) / 4)
#define FORCED(b) ((b) & 1)
#define PENDING(b) (((b) >> 1) & 1)
#define KEY(b) (2 * POS(b) + FORCED(b))
#define NOT_PENDING 0x3333333333333333ull

static void set_add(struct set *s, size_t b)
{
	size_t w = b / 64;

	s->v[w] |= (word)1 << (b % 64);
	if (s->lo >= s->hi) {
		s->lo = w;
		s->hi = w + 1;
	} else if (w < s->lo) {
		s->lo = w;
	} else if (w >= s->hi) {
		s->hi = w + 1;
	}
}

static int set_has(const struct set *s, size_t b)
{
	size_t w = b / 64;

	return w >= s->lo && w < s->hi && ((s->v[w] >> (b % 64)) & 1);
}

static void set_clear(struct set *s)
{
	if (s->lo < s->hi)
		memset(s->v + s->lo, 0, (s->hi - s->lo) * sizeof *s->v);
	s->lo = s->hi = 0;
}

/* The union of d and the words [lo, hi) at w (a set or remembered ends),
 * states below "from" left out; what is new also goes to *fresh. */
static void set_merge(struct set *d, const word *w, size_t lo, size_t hi, size_t from, struct set *fresh)
{
	for (size_t i = lo > from / 64 ? lo : from / 64; i < hi; i++) {
		word m = w[i - lo];

		if (i == from / 64)
			m &= ~(word)0 << (from % 64);
		if (fresh)
			m &= ~d->v[i];
		if (!m)
			continue;
		d->v[i] |= m;
		if (d->lo >= d->hi) {
			d->lo = i;
			d->hi = i + 1;
		} else if (i < d->lo) {
			d->lo = i;
		} else if (i >= d->hi) {
			d->hi = i + 1;
		}
		if (fresh)
			set_merge(fresh, &m, i, i + 1, 0, 0);
	}
}

static void set_copy(struct set *d, const struct set *s)
{
	set_clear(d);
	set_merge(d, s->v + s->lo, s->lo, s->hi, 0, 0);
}

/* The first state in s at or after b, or (size_t)-1. */
static size_t set_next(const struct set *s, size_t b)
{
	size_t w = b / 64;
	word m;

	if (w < s->lo) {
		w = s->lo;
		b = w * 64;
	}
	if (w >= s->hi)
		return (size_t)-1;
	m = s->v[w] & (~(word)0 << (b % 64));
	while (!m) {
		if (++w >= s->hi)
			return (size_t)-1;
		m = s->v[w];
	}
	return w * 64 + (size_t)__builtin_ctzll(m);
}

static int ends_has(const struct ends *e, size_t b)
{
	size_t w = b / 64;

	return w >= e->lo && w < e->hi && ((e->w[w - e->lo] >> (b % 64)) & 1);
}

/* Whether an alternative's ends reach position i, in either state. */
static int ends_reach(const struct ends *e, size_t i)
{
	return ends_has(e, STATE(i, 0, 0)) || ends_has(e, STATE(i, 0, 1));
}

/* A single-character token applied to a set. */
static void step_one(struct ext *x, const struct fnm_prog *g, const struct fnm_token *t, const struct set *in, struct set *out)
{
	const struct fnm_subject *s = x->s;

	set_clear(out);
	for (size_t b = set_next(in, 0); b != (size_t)-1 && POS(b) < s->n; b = set_next(in, b + 1))
		if (fnm_one(g, t, s, POS(b), FORCED(b)))
			set_add(out, STATE(POS(b) + 1, 0, 0));
}

static void step_star(struct ext *x, const struct fnm_token *t, const struct set *in, struct set *out)
{
	const struct fnm_subject *s = x->s;
	int pathname = s->flags & LWB_FNM_PATHNAME;
	size_t filled = 0;	/* positions below this are done */

	set_clear(out);
	for (size_t b = set_next(in, 0); b != (size_t)-1; b = set_next(in, b + 1)) {
		size_t i = POS(b), j;
		int slash = i < s->n && pathname && fnm_at(s, i) == '/';

		if (!fnm_star_ok(s, i, FORCED(b)))
			continue;
		/* Matching nothing. What follows a marked star may not start
		 * at the '/' it stops at. */
		if (!(t->excl && slash))
			set_add(out, STATE(i, t->excl || PENDING(b), t->q || FORCED(b)));
		/* A star from inside a run already filled ends where that
		 * run's did; none crosses a '/' under FNM_PATHNAME. */
		if (filled > i || slash)
			continue;
		for (j = i + 1; j <= s->n; j++) {
			slash = j < s->n && pathname && fnm_at(s, j) == '/';
			if (!(t->excl && slash))
				set_add(out, STATE(j, t->excl, 0));
			if (slash) {
				j++;
				break;
			}
		}
		filled = j;
	}
}

/* A bracket that goes on at different places for different characters:
 * what stays in this text goes to out, the rest to the texts that start
 * where it goes on. */
static void step_fork(struct ext *x, struct frame *f, struct text *m, const struct fnm_token *t, struct set *out)
{
	const struct fnm_subject *s = x->s;

	set_clear(out);
	for (size_t b = set_next(&f->cur, 0); b != (size_t)-1 && POS(b) < s->n; b = set_next(&f->cur, b + 1)) {
		size_t i = POS(b), o;
		wint_t c = fnm_at(s, i);

		if (c == '/' && (s->flags & LWB_FNM_PATHNAME))
			continue;
		if (c == '.' && (s->flags & LWB_FNM_PERIOD) && fnm_leading(s, i, FORCED(b)))
			continue;
		o = __lwb_fnm_bracket(&m->g, t, c, s);
		if (o == FNM_NOWHERE)
			continue;
		if (o == t->rest)
			set_add(out, STATE(i + 1, 0, 0));
		else
			set_add(&f->pending[m->suffix[o]->slot], STATE(i + 1, 0, 0));
	}
}

/* Under FNM_LEADING_DIR, the first position after a '/' that a
 * (sub)pattern stopping at the states in v may stop before; or -1. */
static size_t leading_dir_from(struct ext *x, const struct set *v)
{
	const struct fnm_subject *s = x->s;

	if (!(s->flags & LWB_FNM_LEADING_DIR))
		return (size_t)-1;
	for (size_t b = set_next(v, 0); b != (size_t)-1 && POS(b) < s->n; b = set_next(v, b + 1))
		if (fnm_at(s, POS(b)) == '/')
			return POS(b) + 1;
	return (size_t)-1;
}

/* What an alternative that stopped at the states in v matches up to, as
 * remembered ends. */
static struct ends *alternative_ends(struct ext *x, struct set *v)
{
	size_t from = leading_dir_from(x, v), lo, hi, size;
	struct ends *e;

	for (size_t w = v->lo; w < v->hi; w++)
		v->v[w] &= NOT_PENDING;
	if (from != (size_t)-1) {
		/* Every place after the '/'. */
		for (size_t i = from; i <= x->s->n; i++)
			set_add(v, STATE(i, 0, 0));
	}
	lo = v->lo;
	hi = v->hi > v->lo ? v->hi : v->lo;
	size = sizeof *e + (hi - lo) * sizeof(word);
	if (x->bytes + size > LIMIT_BYTES || !(e = malloc(size)))
		return 0;
	x->bytes += size;
	e->lo = lo;
	e->hi = hi;
	memcpy(e->w, v->v + lo, (hi - lo) * sizeof(word));
	return e;
}

static int new_set(struct ext *x, struct set *s)
{
	s->lo = s->hi = 0;
	return !(s->v = calloc(x->words, sizeof(word)));
}

/* Begin evaluating root from the start with key "key"; the frame's sets
 * are kept from an earlier frame at the same depth where there was one. */
static int push(struct ext *x, struct text *root, size_t key)
{
	struct frame *f;

	if (__lwb_fnm_family(x, root))
		return -1;
	if (x->depth == x->capdepth) {
		size_t cap = x->capdepth ? 2 * x->capdepth : 8;
		struct frame *v = realloc(x->stack, cap * sizeof *v);

		if (!v)
			return -1;
		x->stack = v;
		x->capdepth = cap;
	}
	f = &x->stack[x->depth];
	if (x->depth == x->built) {
		memset(f, 0, sizeof *f);
		if (new_set(x, &f->cur) | new_set(x, &f->end) | new_set(x, &f->acc) | new_set(x, &f->todo)) {
			free(f->cur.v);
			free(f->end.v);
			free(f->acc.v);
			free(f->todo.v);
			return -1;
		}
		x->built++;
	}
	while (f->npending < root->nfamily) {
		struct set *v = realloc(f->pending, (f->npending + 1) * sizeof *v);

		if (!v)
			return -1;
		f->pending = v;
		if (new_set(x, &f->pending[f->npending]))
			return -1;
		f->npending++;
	}
	f->root = root;
	f->key = key;
	f->member = f->ti = f->gpos = 0;
	f->in_group = 0;
	set_add(&f->pending[0], STATE(key / 2, 0, key % 2));
	x->depth++;
	return 0;
}

/* Leave the top frame clean for the next push at its depth. */
static void pop(struct ext *x)
{
	struct frame *f = &x->stack[--x->depth];

	set_clear(&f->cur);
	set_clear(&f->end);
	set_clear(&f->acc);
	set_clear(&f->todo);
	for (size_t i = 0; i < f->root->nfamily; i++)
		set_clear(&f->pending[i]);
}

enum { DONE, NEED };

/* A group of kind *, + or ! on f->cur, resumable: returns NEED with
 * *need_text and *need_key set when an alternative's ends from some
 * state are not known yet. */
static int group(struct ext *x, struct frame *f, struct text *m, const struct fnm_token *tok,
	struct text **need_text, size_t *need_key)
{
	const struct fnm_subject *s = x->s;

	if (!f->in_group) {
		f->in_group = 1;
		f->gpos = 0;
		set_copy(&f->todo, &f->cur);
		if (tok->c == '*')
			set_copy(&f->acc, &f->cur);
		else
			set_clear(&f->acc);
	}
	for (size_t b = set_next(&f->todo, f->gpos); b != (size_t)-1; b = set_next(&f->todo, b + 1)) {
		size_t i = POS(b), key = KEY(b);

		f->gpos = b;
		for (size_t a = tok->first; a < tok->first + tok->count; a++) {
			struct text *c = m->child[a];

			if (!c->memo || !c->memo[key]) {
				*need_text = c;
				*need_key = key;
				return NEED;
			}
		}
		if (tok->c == '!') {
			/* Every place from i that no alternative reaches; the
			 * empty match keeps the state. */
			for (size_t t = i; t <= s->n; t++) {
				int hit = 0;

				for (size_t a = tok->first; a < tok->first + tok->count && !hit; a++)
					hit = ends_reach(m->child[a]->memo[key], t);
				if (!hit)
					set_add(&f->acc, t == i ? b : STATE(t, 0, 0));
			}
			continue;
		}
		/* One more repetition: matching nothing keeps the state, the
		 * ends further on are the next repetition's starts. */
		for (size_t a = tok->first; a < tok->first + tok->count; a++) {
			const struct ends *e = m->child[a]->memo[key];

			if (ends_reach(e, i) && !set_has(&f->acc, b)) {
				set_add(&f->acc, b);
				set_add(&f->todo, b);
			}
			set_merge(&f->acc, e->w, e->lo, e->hi, STATE(i + 1, 0, 0), &f->todo);
		}
	}
	set_copy(&f->cur, &f->acc);
	f->in_group = 0;
	return DONE;
}

/* Carry frame f on until its ends are known (DONE) or it needs an
 * alternative's ends that are not (NEED). */
static int advance(struct ext *x, struct frame *f, struct text **need_text, size_t *need_key)
{
	struct text *root = f->root;
	struct set *tmp = &f->acc;	/* free outside a group */

	/* Other frames' families number their texts too. */
	for (size_t i = 0; i < root->nfamily; i++)
		root->family[i]->slot = i;
	for (; f->member < root->nfamily; f->member++, f->ti = 0) {
		struct text *m = root->family[f->member];

		if (f->ti == 0 && !f->in_group)
			set_copy(&f->cur, &f->pending[f->member]);
		for (; f->ti < m->g.ntok; f->ti++) {
			const struct fnm_token *tok = &m->g.tok[f->ti];

			if (!f->in_group && set_next(&f->cur, 0) == (size_t)-1)
				break;
			if (tok->type == TK_STAR) {
				step_star(x, tok, &f->cur, tmp);
				set_copy(&f->cur, tmp);
			} else if (tok->type == TK_SET && tok->fork) {
				step_fork(x, f, m, tok, tmp);
				set_copy(&f->cur, tmp);
			} else if (tok->type != TK_GROUP) {
				step_one(x, &m->g, tok, &f->cur, tmp);
				set_copy(&f->cur, tmp);
			} else if (tok->c == '?' || tok->c == '@') {
				for (size_t a = tok->first; a < tok->first + tok->count; a++) {
					struct set *p = &f->pending[m->child[a]->slot];

					set_merge(p, f->cur.v + f->cur.lo, f->cur.lo, f->cur.hi, 0, 0);
				}
				if (tok->c == '@')
					set_clear(&f->cur);
			} else if (group(x, f, m, tok, need_text, need_key) == NEED) {
				return NEED;
			}
		}
		if (f->ti == m->g.ntok)
			set_merge(&f->end, f->cur.v + f->cur.lo, f->cur.lo, f->cur.hi, 0, 0);
	}
	return DONE;
}

int __lwb_fnm_ext(const wchar_t *p, size_t len, const struct fnm_subject *s, int wide)
{
	struct ext x = { 0 };
	struct text *top;
	int r = -1;

	x.s = s;
	x.wide = wide;
	x.keys = 2 * (s->n + 1);
	x.words = (4 * (s->n + 1) + 63) / 64;
	x.limit = LIMIT_TEXTS(len);
	if (!(top = __lwb_fnm_texts(&x, p, len)) || push(&x, top, 0))
		goto out;
	while (x.depth) {
		struct frame *f = &x.stack[x.depth - 1];
		struct text *need;
		size_t key;

		if (advance(&x, f, &need, &key) == NEED) {
			if (!need->memo && !(need->memo = calloc(x.keys, sizeof *need->memo)))
				goto out;
			if (push(&x, need, key))
				goto out;
			continue;
		}
		if (x.depth == 1) {
			r = !(set_has(&f->end, STATE(s->n, 0, 0)) || set_has(&f->end, STATE(s->n, 0, 1))
				|| leading_dir_from(&x, &f->end) != (size_t)-1);
			break;
		}
		if (!(f->root->memo[f->key] = alternative_ends(&x, &f->end)))
			goto out;
		pop(&x);
	}
out:
	for (size_t d = 0; d < x.built; d++) {
		struct frame *f = &x.stack[d];

		free(f->cur.v);
		free(f->end.v);
		free(f->acc.v);
		free(f->todo.v);
		for (size_t i = 0; i < f->npending; i++)
			free(f->pending[i].v);
		free(f->pending);
	}
	free(x.stack);
	__lwb_fnm_free_texts(&x);
	return r;
}
