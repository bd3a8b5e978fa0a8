/*
 * A bracket taking one character, as glibc decides it: the members are
 * tried in pattern order and the first that holds decides where matching
 * goes on (see struct fnm_item); a member that cannot be read fails every
 * character no earlier member took. Under FNM_CASEFOLD characters and
 * range ends are compared folded to lower case, while a [:class:] is asked
 * about the character as it is. Ranges are code points (bytes in a
 * single-byte locale): the order of C and C.UTF-8, the only collations
 * musl has. In byte mode only ASCII belongs to a class.
 */
#include "fnm.h"

static int holds(const struct fnm_item *it, wint_t c, wint_t f, int fold, int wide)
{
	switch (it->kind) {
	case IT_CHAR:
		return f == (fold ? fnm_fold(it->lo, wide) : it->lo);
	case IT_EXACT:
		return c == it->lo;
	case IT_RANGE:
		if (fold)
			return f >= fnm_fold(it->lo, wide) && f <= fnm_fold(it->hi, wide);
		return c >= it->lo && c <= it->hi;
	default:
		return (wide || c < 128) && iswctype(c, it->class);
	}
}

size_t __lwb_fnm_bracket(const struct fnm_prog *g, const struct fnm_token *t, wint_t c, const struct fnm_subject *s)
{
	int wide = s->w != 0;
	int fold = s->flags & LWB_FNM_CASEFOLD;
	wint_t f = fold ? fnm_fold(c, wide) : c;
	size_t to = t->end;
	int taken = 0;

	for (size_t i = t->first; i < t->first + t->count; i++) {
		const struct fnm_item *it = &g->item[i];

		if (it->kind == IT_DEAD)
			return FNM_NOWHERE;
		if (holds(it, c, f, fold, wide)) {
			to = it->after;
			taken = 1;
			break;
		}
	}
	if (to == FNM_LITERAL)
		return c == '[' ? t->start + 1 : FNM_NOWHERE;
	if (to == FNM_NOWHERE || taken == t->negate)
		return FNM_NOWHERE;
	return to;
}
