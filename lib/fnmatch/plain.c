/*
 * Matching a pattern without ext groups: one pass with backtracking to the
 * last star only, O(tokens * length) time and no recursion. Going back to
 * the last star is enough: a star matches any run of characters, so a
 * longer match for an earlier star can only move the later one right,
 * which the later star's own retries already cover. Under FNM_PATHNAME no
 * star crosses a '/', and what lies between two slashes is matched the
 * same way.
 *
 * Two shortcuts keep long strings cheap: a star that ends the pattern
 * takes the rest at once, and a star followed by a plain character skips
 * to where that character is (memchr, for bytes).
 */
#include <string.h>
#include "fnm.h"

/* The first position at or after i where the character token t could
 * match, not past a '/' under FNM_PATHNAME (a star cannot take one), or
 * s->n. */
static size_t skip_to(const struct fnm_token *t, const struct fnm_subject *s, size_t i)
{
	int pathname = s->flags & LWB_FNM_PATHNAME, fold = s->flags & LWB_FNM_CASEFOLD;
	wint_t c = fold ? fnm_fold(t->c, s->w != 0) : t->c;

	if (!s->w && !fold && !pathname) {
		const unsigned char *p = c < 256 ? memchr(s->b + i, (int)c, s->n - i) : 0;

		return p ? (size_t)(p - s->b) : s->n;
	}
	for (; i < s->n; i++) {
		wint_t x = fnm_at(s, i);

		if ((fold ? fnm_fold(x, s->w != 0) : x) == c || (x == '/' && pathname))
			break;
	}
	return i;
}

/* What a star that ends the pattern leaves: whether it matches the rest
 * of the string from i. */
static int trailing_star(const struct fnm_token *t, const struct fnm_subject *s, size_t i)
{
	if (!(s->flags & LWB_FNM_PATHNAME) || (s->flags & LWB_FNM_LEADING_DIR))
		return !t->excl || i < s->n;
	if (s->w) {
		for (; i < s->n; i++)
			if (s->w[i] == '/')
				return 0;
		return 1;
	}
	return !memchr(s->b + i, '/', s->n - i);
}

int __lwb_fnm_plain(const struct fnm_prog *g, const struct fnm_subject *s)
{
	size_t ti = 0, si = 0, star = (size_t)-1, star_si = 0, star_start = 0;
	int pathname = s->flags & LWB_FNM_PATHNAME;

	for (;;) {
		if (ti == g->ntok) {
			if (si == s->n)
				return 0;
			if ((s->flags & LWB_FNM_LEADING_DIR) && fnm_at(s, si) == '/')
				return 0;
		} else if (g->tok[ti].type == TK_STAR) {
			if (fnm_star_ok(s, si, 0)) {
				star = ti++;
				star_si = star_start = si;
				if (ti == g->ntok)
					return trailing_star(&g->tok[star], s, si) ? 0 : 1;
				if (fnm_star_end_ok(&g->tok[star], s, si))
					continue;
			}
		} else if (si < s->n && fnm_one(g, &g->tok[ti], s, si,
				star != (size_t)-1 && ti == star + 1 && si == star_start && g->tok[star].q)) {
			ti++;
			si++;
			continue;
		}
		/* Give the last star one more character, or as many as it
		 * takes to reach the character that follows it. */
		if (star == (size_t)-1 || star_si >= s->n)
			return 1;
		if (pathname && fnm_at(s, star_si) == '/')
			return 1;
		star_si++;
		if (g->tok[star + 1].type == TK_CHAR && star_si < s->n)
			star_si = skip_to(&g->tok[star + 1], s, star_si);
		si = star_si;
		ti = star + 1;
		if (!fnm_star_end_ok(&g->tok[star], s, si))
			return 1;
	}
}
