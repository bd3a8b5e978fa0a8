/*
 * Pattern to tokens, with glibc's reading of every corner (all observed on
 * glibc 2.36, see tests/fnmatch):
 *
 * - a backslash quotes the next character (not under FNM_NOESCAPE); a
 *   trailing backslash matches nothing;
 * - a bracket that never closes is an ordinary '[', except that running out
 *   of pattern inside a range, a quoted character or a [: :], [= =] or
 *   [. .] element means the pattern matches nothing;
 * - under FNM_EXTMATCH, ?( *( +( @( !( open a group when a ')' closes it;
 *   otherwise the character is what it is without the flag.
 */
#include <stdlib.h>
#include <string.h>
#include "fnm.h"

/* Room for one more in *v, which starts in the program's own small array
 * (most patterns need no allocation at all). */
static int grow(void **v, size_t *cap, size_t n, size_t size, const void *small)
{
	size_t want;
	void *p;

	if (n < *cap)
		return 0;
	want = *cap * 2;
	if (*v == small) {
		if ((p = malloc(want * size)))
			memcpy(p, *v, n * size);
	} else {
		p = realloc(*v, want * size);
	}
	if (!p)
		return -1;
	*v = p;
	*cap = want;
	return 0;
}

static struct fnm_token *add_token(struct fnm_prog *g, int type)
{
	struct fnm_token *t;

	if (grow((void **)&g->tok, &g->captok, g->ntok, sizeof *g->tok, g->tok_small))
		return 0;
	t = &g->tok[g->ntok++];
	memset(t, 0, sizeof *t);
	t->type = type;
	return t;
}

static int add_item(struct fnm_prog *g, int kind, wint_t lo, wint_t hi, wctype_t class)
{
	struct fnm_item *it;

	if (grow((void **)&g->item, &g->capitem, g->nitem, sizeof *g->item, g->item_small))
		return -1;
	it = &g->item[g->nitem++];
	it->kind = kind;
	it->lo = lo;
	it->hi = hi;
	it->class = class;
	it->after = FNM_NOWHERE;
	return 0;
}

/* The name of a [: :] element, as wctype wants it. */
static wctype_t class_named(const wchar_t *p, size_t len)
{
	char name[16];

	if (len >= sizeof name)
		return 0;
	for (size_t i = 0; i < len; i++) {
		if (p[i] <= 0 || p[i] >= 128)
			return 0;
		name[i] = (char)p[i];
	}
	name[len] = 0;
	return wctype(name);
}

/* The ":]" closing a "[:" at p[j], or 0 when it is no class and the '['
 * just a character. glibc reads a class name only while it sees 'a' to
 * 'y' ('z' ends it too), and while first reading a bracket also ']'. */
static size_t class_end(const wchar_t *p, size_t j, int first_reading)
{
	for (size_t k = j + 2;; k++) {
		if (p[k] == ':' && p[k + 1] == ']')
			return k;
		if (!((p[k] >= 'a' && p[k] <= 'y') || (p[k] == ']' && first_reading)))
			return 0;
	}
}

/* The ".]" closing a "[." at p[j], or 0. */
static size_t symbol_end(const wchar_t *p, size_t j)
{
	for (size_t k = j + 2; p[k]; k++)
		if (p[k] == '.' && p[k + 1] == ']')
			return k;
	return 0;
}

/* glibc's second look for the closing ']', from p[j] after the member a
 * character matched: where matching goes on. */
static size_t skip_rest(const wchar_t *p, size_t j, int flags)
{
	for (;;) {
		wchar_t c = p[j];
		size_t k;

		if (!c)
			return FNM_LITERAL;
		if (c == ']')
			return j + 1;
		if (c == '\\' && !(flags & LWB_FNM_NOESCAPE)) {
			if (!p[j + 1])
				return FNM_LITERAL;
			j += 2;
		} else if (c == '[' && p[j + 1] == ':') {
			k = class_end(p, j, 0);
			if (!k) {
				j++;
				continue;
			}
			j = k + 2;
		} else if (c == '[' && p[j + 1] == '=') {
			/* Even a "[=" the pattern ends at: glibc matches
			 * nothing ("[a[[=" against itself). */
			if (!p[j + 2] || p[j + 3] != '=' || p[j + 4] != ']')
				return FNM_NOWHERE;
			j += 5;
		} else if (c == '[' && p[j + 1] == '.') {
			k = symbol_end(p, j);
			if (!k)
				return FNM_NOWHERE;
			j = k + 2;
		} else {
			j++;
		}
	}
}

/* A bracket expression at p[i] == '[': its members, each with where a
 * character it takes goes on, and where the others go (t->end). Returns 0
 * or -1 when out of memory. */
static int bracket(struct fnm_prog *g, const wchar_t *p, size_t i, int flags, struct fnm_token *t)
{
	int noescape = flags & LWB_FNM_NOESCAPE;
	size_t j = i + 1;
	int first = 1;

	t->start = i;
	if (p[j] == '!' || p[j] == '^') {
		t->negate = 1;
		j++;
	}
	t->first = g->nitem;
	for (;;) {
		wint_t lo, hi;
		wchar_t c = p[j];
		size_t k;
		int exact = 0, plain_open = 0;

		if (!c || (c == '\\' && !noescape && !p[j + 1])) {
			t->end = FNM_LITERAL;
			break;
		}
		if (c == ']' && !first) {
			t->end = j + 1;
			break;
		}
		first = 0;
		if (c == '\\' && !noescape) {
			lo = p[j + 1];
			j += 2;
		} else if (c == '[' && p[j + 1] == ':' && (k = class_end(p, j, 1))) {
			wctype_t class = class_named(p + j + 2, k - j - 2);

			if (!class)
				goto dead;
			if (add_item(g, IT_CLASS, 0, 0, class))
				return -1;
			j = k + 2;
			g->item[g->nitem - 1].after = skip_rest(p, j, flags);
			continue;
		} else if (c == '[' && p[j + 1] == '=' && p[j + 2] && p[j + 3] == '=' && p[j + 4] == ']') {
			if (add_item(g, IT_EXACT, p[j + 2], p[j + 2], 0))
				return -1;
			j += 5;
			g->item[g->nitem - 1].after = skip_rest(p, j, flags);
			continue;
		} else if (c == '[' && p[j + 1] == '.') {
			k = symbol_end(p, j);
			if (!k || k - j - 2 != 1)
				goto dead;
			lo = p[j + 2];
			j = k + 2;
			exact = 1;
		} else {
			lo = c;
			plain_open = c == '[';
			j++;
		}
		if (p[j] != '-' || p[j + 1] == ']') {
			if (add_item(g, exact ? IT_EXACT : IT_CHAR, lo, lo, 0))
				return -1;
			g->item[g->nitem - 1].after = skip_rest(p, j, flags);
			continue;
		}
		/* A range. One the pattern ends in matches nothing ("[a-"),
		 * except from a plain '[': glibc then takes the bracket for
		 * one that never closes ("[[-" is plain text). */
		c = p[j + 1];
		if (!c && plain_open) {
			t->end = FNM_LITERAL;
			break;
		}
		if (!c)
			goto dead;
		if (c == '\\' && !noescape) {
			if (!p[j + 2]) {
				t->end = FNM_LITERAL;
				break;
			}
			hi = p[j + 2];
			j += 3;
		} else if (c == '[' && p[j + 2] == '.') {
			k = symbol_end(p, j + 1);
			if (!k || k - j - 3 != 1)
				goto dead;
			hi = p[j + 3];
			j = k + 2;
		} else {
			hi = c;
			j += 2;
		}
		if (add_item(g, IT_RANGE, lo, hi, 0))
			return -1;
		g->item[g->nitem - 1].after = skip_rest(p, j, flags);
	}
	t->count = g->nitem - t->first;
	return 0;
dead:
	if (add_item(g, IT_DEAD, 0, 0, 0))
		return -1;
	t->end = FNM_NOWHERE;
	t->count = g->nitem - t->first;
	return 0;
}

/* Which characters below 256 a bracket that goes on one way takes, so
 * that matching one is a bit test. */
static void make_map(const struct fnm_prog *g, struct fnm_token *t, int flags, int wide)
{
	static const wchar_t any = 0;
	struct fnm_subject s = { 0 };

	s.flags = flags;
	s.w = wide ? &any : 0;
	memset(t->map, 0, sizeof t->map);
	for (wint_t c = 0; c < 256; c++)
		if (__lwb_fnm_bracket(g, t, c, &s) == t->rest)
			t->map[c / 32] |= (uint32_t)1 << (c % 32);
}

/* Where a bracket may send matching on: whether only to *to (one way),
 * nowhere (*to = FNM_NOWHERE) or several ways (returns 1). */
static int ways(const struct fnm_prog *g, const struct fnm_token *t, size_t *to)
{
	size_t one = FNM_NOWHERE;

	for (size_t k = 0; k <= t->count; k++) {
		size_t w = k < t->count ? g->item[t->first + k].after : t->end;

		if (k < t->count && g->item[t->first + k].kind == IT_DEAD)
			break;
		/* A member a negated bracket takes only fails it, unless the
		 * bracket turns out to be a plain '['. */
		if (k < t->count && t->negate && w != FNM_LITERAL)
			continue;
		if (k == t->count && !t->negate && w != FNM_LITERAL)
			continue;
		if (w == FNM_LITERAL)
			w = t->start + 1;
		if (w == FNM_NOWHERE || w == one)
			continue;
		if (one != FNM_NOWHERE)
			return 1;
		one = w;
	}
	*to = one;
	return 0;
}

/* glibc's scan for the end of a bracket inside an ext group: the index
 * past its ']', or 0 when it does not close. */
static size_t skip_bracket(const wchar_t *p, size_t j, int flags)
{
	(void)flags;
	j++;
	if (p[j] == '!' || p[j] == '^')
		j++;
	if (p[j] == ']')
		j++;
	for (; p[j]; j++) {
		if (p[j] == ']')
			return j + 1;
	}
	return 0;
}

static int is_ext(wchar_t c)
{
	return c == '?' || c == '*' || c == '+' || c == '@' || c == '!';
}

/* An ext group at p[i], p[i + 1] == '(': record its alternatives and where
 * its rest starts, or return 0 when no ')' closes it. */
static int group(struct fnm_prog *g, const wchar_t *p, size_t i, int flags, struct fnm_token *t, size_t *end)
{
	size_t depth = 1, start = i + 2, j = i + 2;

	t->first = g->nalt;
	while (p[j]) {
		wchar_t c = p[j];

		if (c == '[') {
			size_t k = skip_bracket(p, j, flags);

			if (!k)
				break;
			j = k;
			continue;
		}
		if (is_ext(c) && p[j + 1] == '(') {
			depth++;
			j += 2;
			continue;
		}
		if (c == ')') {
			if (--depth == 0) {
				if (grow((void **)&g->alt, &g->capalt, g->nalt, sizeof *g->alt, g->alt_small))
					return -1;
				g->alt[g->nalt].start = start;
				g->alt[g->nalt++].end = j;
				t->count = g->nalt - t->first;
				t->rest = j + 1;
				*end = j + 1;
				return 1;
			}
		} else if (c == '|' && depth == 1) {
			if (grow((void **)&g->alt, &g->capalt, g->nalt, sizeof *g->alt, g->alt_small))
				return -1;
			g->alt[g->nalt].start = start;
			g->alt[g->nalt++].end = j;
			start = j + 1;
		}
		j++;
	}
	g->nalt = t->first;
	return 0;
}

/* The end of a ?(...) or *(...) at p[i] inside a run of stars, or 0 when
 * glibc finds none: it looks for it with brackets skipped but no regard to
 * escapes, and after each group inside it passes over one more character
 * unseen. */
static size_t run_group_end(const wchar_t *p, size_t i, int flags)
{
	size_t depth = 1, j = i + 2;

	while (p[j]) {
		if (p[j] == '[') {
			if (!(j = skip_bracket(p, j, flags)))
				return 0;
			continue;
		}
		if (is_ext(p[j]) && p[j + 1] == '(') {
			depth++;
			j += 2;
			continue;
		}
		if (p[j] == ')') {
			if (--depth == 0)
				return j + 1;
			if (!p[j + 1])
				return 0;
			j++;
		}
		j++;
	}
	return 0;
}

/* A star and the stars and question marks after it, as glibc reads them:
 * the question marks match before the star, a ?(...) or *(...) among them
 * is dropped (a star covers it, slashes and periods aside), and unless
 * the pattern ends there or goes on with a '/' under FNM_PATHNAME, the
 * rest may not start where the star would stop (the string's end, or the
 * next '/' under FNM_PATHNAME). */
static int star_run(struct fnm_prog *g, const wchar_t *p, size_t *at, int flags)
{
	size_t i = *at + 1, end, star;

	if (!add_token(g, TK_STAR))
		return -1;
	star = g->ntok - 1;
	for (;;) {
		if ((flags & LWB_FNM_EXTMATCH) && (p[i] == '*' || p[i] == '?') && p[i + 1] == '('
				&& (end = run_group_end(p, i, flags))) {
			i = end;
			continue;
		}
		if (p[i] == '*') {
			i++;
		} else if (p[i] == '?') {
			struct fnm_token *t = add_token(g, TK_ANY);

			if (!t)
				return -1;
			g->tok[g->ntok - 1] = g->tok[star];
			g->tok[star].type = TK_ANY;
			star++;
			g->tok[star].q = 1;
			i++;
		} else {
			break;
		}
	}
	g->tok[star].excl = p[i] && !(p[i] == '/' && (flags & LWB_FNM_PATHNAME));
	*at = i;
	return 0;
}

int __lwb_fnm_compile(struct fnm_prog *g, const wchar_t *p, size_t len, int flags, int wide)
{
	size_t i = 0;

	g->tok = g->tok_small;
	g->item = g->item_small;
	g->alt = g->alt_small;
	g->ntok = g->nitem = g->nalt = 0;
	g->captok = sizeof g->tok_small / sizeof *g->tok_small;
	g->capitem = sizeof g->item_small / sizeof *g->item_small;
	g->capalt = sizeof g->alt_small / sizeof *g->alt_small;
	g->groups = 0;
	while (i < len) {
		wchar_t c = p[i];
		struct fnm_token *t;

		if ((flags & LWB_FNM_EXTMATCH) && is_ext(c) && p[i + 1] == '(') {
			size_t end;
			int r;

			if (!(t = add_token(g, TK_GROUP)))
				return -1;
			t->c = c;
			r = group(g, p, i, flags, t, &end);
			if (r < 0)
				return -1;
			if (r > 0) {
				g->groups = 1;
				i = end;
				continue;
			}
			g->ntok--;
		}
		if (c == '*') {
			if (star_run(g, p, &i, flags))
				return -1;
			continue;
		}
		if (c == '?') {
			if (!add_token(g, TK_ANY))
				return -1;
			i++;
			continue;
		}
		if (c == '[') {
			size_t to;

			if (!(t = add_token(g, TK_SET)))
				return -1;
			if (bracket(g, p, i, flags, t))
				return -1;
			if (ways(g, t, &to)) {
				/* Only the ext matcher follows several ways. */
				t->fork = 1;
				g->groups = 1;
				if (t->end == FNM_NOWHERE || t->end == FNM_LITERAL) {
					t->rest = FNM_NOWHERE;
					return 0;
				}
				t->rest = i = t->end;
				continue;
			}
			if (to == FNM_NOWHERE) {
				t->type = TK_DEAD;
				return 0;
			}
			t->rest = to;
			make_map(g, t, flags, wide);
			i = to;
			continue;
		}
		if (c == '\\' && !(flags & LWB_FNM_NOESCAPE)) {
			if (i + 1 == len) {
				if (!add_token(g, TK_DEAD))
					return -1;
				return 0;
			}
			c = p[++i];
		}
		if (!(t = add_token(g, TK_CHAR)))
			return -1;
		t->c = c;
		i++;
	}
	return 0;
}

void __lwb_fnm_free(struct fnm_prog *g)
{
	if (g->tok != g->tok_small)
		free(g->tok);
	if (g->item != g->item_small)
		free(g->item);
	if (g->alt != g->alt_small)
		free(g->alt);
}
