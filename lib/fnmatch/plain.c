/*
 * Matching a pattern without ext groups: one pass with backtracking to the
 * last star only, O(tokens * length) time and no recursion. Going back to
 * the last star is enough: a star matches any run of characters, so a
 * longer match for an earlier star can only move the later one right,
 * which the later star's own retries already cover. Under FNM_PATHNAME no
 * star crosses a '/', and what lies between two slashes is matched the
 * same way.
 */
#include "fnm.h"

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
				if (fnm_star_end_ok(&g->tok[star], s, si))
					continue;
			}
		} else if (si < s->n && fnm_one(g, &g->tok[ti], s, si,
				star != (size_t)-1 && ti == star + 1 && si == star_start && g->tok[star].q)) {
			ti++;
			si++;
			continue;
		}
		/* Give the last star one more character. */
		if (star == (size_t)-1 || star_si >= s->n)
			return 1;
		if (pathname && fnm_at(s, star_si) == '/')
			return 1;
		si = ++star_si;
		ti = star + 1;
		if (!fnm_star_end_ok(&g->tok[star], s, si))
			return 1;
	}
}
