/*
 * The pattern texts of an FNM_EXTMATCH match. glibc reads ?(...) and
 * @(...) by gluing each alternative to the rest of the pattern and
 * reading the result again, and the alternatives of *(...), +(...) and
 * !(...) as patterns of their own; a bracket that glibc closes at
 * different places for different characters (see compile.c) goes on with
 * what follows each of those places. Each such text is compiled once and
 * kept in a table looked up by content; a text's "family" is the text and
 * every text it hands states on to (glued texts and forking brackets'
 * rests, transitively), each shorter than the text handing over, so that
 * evaluating a family longest first visits each text once.
 */
#include <stdlib.h>
#include <string.h>
#include "ext.h"

static struct text *intern(struct ext *x, const wchar_t *p, size_t len)
{
	size_t h = 5381;
	struct text *t;

	for (size_t i = 0; i < len; i++)
		h = h * 33 + (size_t)p[i];
	for (t = x->bucket[h % 64]; t; t = t->next_in_bucket)
		if (t->hash == h && t->len == len && !memcmp(t->p, p, len * sizeof *p))
			return t;
	if (x->ntexts == x->limit)
		return 0;
	if (x->ntexts == x->captexts) {
		size_t cap = x->captexts ? 2 * x->captexts : 16;
		struct text **v = realloc(x->texts, cap * sizeof *v);

		if (!v)
			return 0;
		x->texts = v;
		x->captexts = cap;
	}
	if (!(t = calloc(1, sizeof *t)))
		return 0;
	if (!(t->p = malloc((len + 1) * sizeof *p))) {
		free(t);
		return 0;
	}
	memcpy(t->p, p, len * sizeof *p);
	t->p[len] = 0;
	t->len = len;
	t->hash = h;
	if (__lwb_fnm_compile(&t->g, t->p, len, x->s->flags, x->wide)) {
		__lwb_fnm_free(&t->g);
		free(t->p);
		free(t);
		return 0;
	}
	t->next_in_bucket = x->bucket[h % 64];
	x->bucket[h % 64] = t;
	x->texts[x->ntexts++] = t;
	return t;
}

/* The texts a forking bracket goes on with, by offset. */
static int link_suffixes(struct ext *x, struct text *t, const struct fnm_token *tok)
{
	if (!t->suffix && !(t->suffix = calloc(t->len + 1, sizeof *t->suffix)))
		return -1;
	for (size_t k = 0; k <= tok->count; k++) {
		size_t o = k < tok->count ? t->g.item[tok->first + k].after : tok->end;

		if (o == FNM_LITERAL)
			o = tok->start + 1;
		if (o == FNM_NOWHERE || o == tok->rest || t->suffix[o])
			continue;
		if (!(t->suffix[o] = intern(x, t->p + o, t->len - o)))
			return -1;
	}
	return 0;
}

/* The texts each alternative of a group leads to. */
static int link_group(struct ext *x, struct text *t, const struct fnm_token *tok)
{
	for (size_t a = tok->first; a < tok->first + tok->count; a++) {
		const struct fnm_alt *alt = &t->g.alt[a];
		size_t alen = alt->end - alt->start, rlen = t->len - tok->rest;
		wchar_t *glued;

		if (tok->c != '?' && tok->c != '@') {
			if (!(t->child[a] = intern(x, t->p + alt->start, alen)))
				return -1;
			continue;
		}
		if (!(glued = malloc((alen + rlen + 1) * sizeof *glued)))
			return -1;
		memcpy(glued, t->p + alt->start, alen * sizeof *glued);
		memcpy(glued + alen, t->p + tok->rest, rlen * sizeof *glued);
		t->child[a] = intern(x, glued, alen + rlen);
		free(glued);
		if (!t->child[a])
			return -1;
	}
	return 0;
}

struct text *__lwb_fnm_texts(struct ext *x, const wchar_t *p, size_t len)
{
	struct text *top = intern(x, p, len);

	if (!top)
		return 0;
	/* The table grows as texts are linked: each gets its turn. */
	for (size_t i = 0; i < x->ntexts; i++) {
		struct text *t = x->texts[i];

		if (t->g.nalt && !(t->child = calloc(t->g.nalt, sizeof *t->child)))
			return 0;
		for (size_t k = 0; k < t->g.ntok; k++) {
			const struct fnm_token *tok = &t->g.tok[k];

			if (tok->type == TK_SET && tok->fork && link_suffixes(x, t, tok))
				return 0;
			if (tok->type == TK_GROUP && link_group(x, t, tok))
				return 0;
		}
	}
	return top;
}

static int by_length(const void *a, const void *b)
{
	const struct text *x = *(struct text *const *)a, *y = *(struct text *const *)b;

	return x->len < y->len ? 1 : x->len > y->len ? -1 : 0;
}

static int add_member(struct text ***v, size_t *n, size_t *cap, struct text *c)
{
	if (!c || c->slot)
		return 0;
	if (*n == *cap) {
		struct text **w = realloc(*v, 2 * *cap * sizeof **v);

		if (!w)
			return -1;
		*v = w;
		*cap *= 2;
	}
	c->slot = 1;
	(*v)[(*n)++] = c;
	return 0;
}

int __lwb_fnm_family(struct ext *x, struct text *t)
{
	size_t n = 0, cap = 8;
	struct text **v;

	if (t->family)
		return 0;
	if (!(v = malloc(cap * sizeof *v)))
		return -1;
	for (size_t i = 0; i < x->ntexts; i++)
		x->texts[i]->slot = 0;
	add_member(&v, &n, &cap, t);
	for (size_t i = 0; i < n; i++) {
		struct text *m = v[i];

		for (size_t k = 0; m->suffix && k <= m->len; k++)
			if (add_member(&v, &n, &cap, m->suffix[k]))
				goto fail;
		for (size_t k = 0; k < m->g.ntok; k++) {
			const struct fnm_token *tok = &m->g.tok[k];

			if (tok->type != TK_GROUP || (tok->c != '?' && tok->c != '@'))
				continue;
			for (size_t a = tok->first; a < tok->first + tok->count; a++)
				if (add_member(&v, &n, &cap, m->child[a]))
					goto fail;
		}
	}
	qsort(v, n, sizeof *v, by_length);
	t->family = v;
	t->nfamily = n;
	return 0;
fail:
	free(v);
	return -1;
}

void __lwb_fnm_free_texts(struct ext *x)
{
	for (size_t i = 0; i < x->ntexts; i++) {
		struct text *t = x->texts[i];

		if (t->memo) {
			for (size_t j = 0; j < x->keys; j++)
				free(t->memo[j]);
			free(t->memo);
		}
		free(t->child);
		free(t->suffix);
		free(t->family);
		__lwb_fnm_free(&t->g);
		free(t->p);
		free(t);
	}
	free(x->texts);
}
