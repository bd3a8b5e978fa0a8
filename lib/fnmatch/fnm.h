/* Internal to the fnmatch module (and glob, which matches names with it). */
#ifndef LWB_FNM_H
#define LWB_FNM_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include <wctype.h>
#include "../lwb.h"

/* glibc's flag values; musl's <fnmatch.h> has all but the last. */
#define LWB_FNM_PATHNAME 0x01
#define LWB_FNM_NOESCAPE 0x02
#define LWB_FNM_PERIOD 0x04
#define LWB_FNM_LEADING_DIR 0x08
#define LWB_FNM_CASEFOLD 0x10
#define LWB_FNM_EXTMATCH 0x20

/* The string being matched: bytes, or wide characters in a multibyte
 * locale. subject[n] is its terminating null. */
struct fnm_subject {
	const unsigned char *b;
	const wchar_t *w;
	size_t n;
	int flags;
};

static inline wint_t fnm_at(const struct fnm_subject *s, size_t i)
{
	return s->w ? (wint_t)s->w[i] : s->b[i];
}

/* A pattern is compiled to tokens. Brackets keep their items; an ext
 * group (FNM_EXTMATCH) keeps where its alternatives and its rest start. */
enum { TK_CHAR, TK_ANY, TK_STAR, TK_SET, TK_DEAD, TK_GROUP };
/* IT_EXACT: a [=c=] or [.c.], compared without case folding. */
enum { IT_CHAR, IT_EXACT, IT_RANGE, IT_CLASS, IT_DEAD };

/* Where matching goes on after a bracket: a pattern offset, or one of
 * these. */
#define FNM_NOWHERE ((size_t)-1)	/* the bracket fails */
#define FNM_LITERAL ((size_t)-2)	/* it is a plain '[' after all */

/* A bracket member, in pattern order. glibc tests the members in order
 * and, at the first that holds, looks for the closing ']' again with
 * rules of its own: after reaches that ']' (or says the bracket fails or
 * never closes). An IT_DEAD member fails the bracket for every character
 * no earlier member took. */
struct fnm_item {
	unsigned char kind;
	wint_t lo, hi;
	wctype_t class;
	size_t after;
};

struct fnm_token {
	unsigned char type;
	unsigned char negate;	/* TK_SET: [!...] */
	unsigned char excl;	/* TK_STAR: what follows may not start where
				 * the star must stop */
	unsigned char q;	/* TK_STAR: question marks came with it */
	unsigned char fork;	/* TK_SET: more than one way on */
	wint_t c;		/* TK_CHAR: the character; TK_GROUP: the kind */
	size_t first, count;	/* TK_SET: items; TK_GROUP: alternatives */
	size_t start;		/* TK_SET: offset of its '[' */
	size_t end;		/* TK_SET: where matching goes on when no
				 * member holds (FNM_NOWHERE/FNM_LITERAL) */
	size_t rest;		/* TK_SET: offset of the next token;
				 * TK_GROUP: offset after its ')' */
	uint32_t map[8];	/* TK_SET, not forking: which characters
				 * below 256 it takes, worked out once */
};

/* An alternative of a group: pattern offsets [start, end). */
struct fnm_alt {
	size_t start, end;
};

struct fnm_prog {
	struct fnm_token *tok;
	size_t ntok, captok;
	struct fnm_item *item;
	size_t nitem, capitem;
	struct fnm_alt *alt;
	size_t nalt, capalt;
	int groups;		/* any TK_GROUP, or a TK_SET fork */
	struct fnm_token tok_small[16];
	struct fnm_item item_small[8];
	struct fnm_alt alt_small[4];
};

/* Compile p[0, len) (p[len] == 0) into g, which must stay where it is
 * until freed (it may point into itself). wide: the units are wide
 * characters. Returns 0, or -1 when out of memory; free g either way. */
LWB_HIDDEN int __lwb_fnm_compile(struct fnm_prog *, const wchar_t *p, size_t len, int flags, int wide);
LWB_HIDDEN void __lwb_fnm_free(struct fnm_prog *);

/* The pattern offset where matching goes on after bracket token t takes
 * character c, or FNM_NOWHERE. */
LWB_HIDDEN size_t __lwb_fnm_bracket(const struct fnm_prog *, const struct fnm_token *t, wint_t c, const struct fnm_subject *);

/* Matchers for a compiled pattern: 0 match, 1 no match, -1 no memory. */
LWB_HIDDEN int __lwb_fnm_plain(const struct fnm_prog *, const struct fnm_subject *);
LWB_HIDDEN int __lwb_fnm_ext(const wchar_t *p, size_t len, const struct fnm_subject *, int wide);

/* Case folding of one character, as fnmatch compares under FNM_CASEFOLD. */
static inline wint_t fnm_fold(wint_t c, int wide)
{
	if (wide)
		return towlower(c);
	return c < 128 && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Whether position i of the subject is where a name starts, which only
 * a literal period may match under FNM_PERIOD. "forced": glibc also takes
 * the place right after a star's question marks ("*?") for the start of a
 * name, until a character is matched there. */
static inline int fnm_leading(const struct fnm_subject *s, size_t i, int forced)
{
	return forced || i == 0 || ((s->flags & LWB_FNM_PATHNAME) && fnm_at(s, i - 1) == '/');
}

/* Whether the one-character token t (not a star or group) matches subject
 * character i < n: '/' only literally under FNM_PATHNAME, a name's leading
 * period only literally under FNM_PERIOD. */
static inline int fnm_one(const struct fnm_prog *g, const struct fnm_token *t, const struct fnm_subject *s, size_t i, int forced)
{
	wint_t c = fnm_at(s, i);

	if (t->type == TK_CHAR) {
		if (s->flags & LWB_FNM_CASEFOLD)
			return fnm_fold(c, s->w != 0) == fnm_fold(t->c, s->w != 0);
		return c == t->c;
	}
	if (t->type == TK_DEAD)
		return 0;
	if (c == '/' && (s->flags & LWB_FNM_PATHNAME))
		return 0;
	if (c == '.' && (s->flags & LWB_FNM_PERIOD) && fnm_leading(s, i, forced))
		return 0;
	if (t->type == TK_ANY)
		return 1;
	if (c < 256)
		return (t->map[c / 32] >> (c % 32)) & 1;
	return __lwb_fnm_bracket(g, t, c, s) == t->rest;
}

/* Whether what follows a star t may start at subject position i: not at
 * the end of the string or at a '/' under FNM_PATHNAME, when the star is
 * marked so (see the compiler). */
static inline int fnm_star_end_ok(const struct fnm_token *t, const struct fnm_subject *s, size_t i)
{
	return !t->excl || (i < s->n && !(fnm_at(s, i) == '/' && (s->flags & LWB_FNM_PATHNAME)));
}

/* Whether a star may start at subject position i: a name's leading period
 * is not for a star, not even an empty one. */
static inline int fnm_star_ok(const struct fnm_subject *s, size_t i, int forced)
{
	return !(i < s->n && fnm_at(s, i) == '.' && (s->flags & LWB_FNM_PERIOD) && fnm_leading(s, i, forced));
}

/* A pattern in one mode (bytes or wide characters), compiled when first
 * needed. */
enum { FORM_NONE, FORM_READY, FORM_UNCONVERTIBLE, FORM_NOMEM };

struct fnm_form {
	int state;
	wchar_t *units;
	size_t len;
	struct fnm_prog prog;
	wchar_t small[64];
};

/* A pattern prepared for matching many strings (glob matches a whole
 * directory with one). pattern must outlive it. */
struct __lwb_fnm {
	const char *pattern;
	int flags;
	int multibyte;
	struct fnm_form bytes, wide;
};

LWB_HIDDEN void __lwb_fnm_init(struct __lwb_fnm *, const char *pattern, int flags);
/* 0 match, FNM_NOMATCH (1), -1 out of memory. */
LWB_HIDDEN int __lwb_fnm_exec(struct __lwb_fnm *, const char *string);
LWB_HIDDEN void __lwb_fnm_fini(struct __lwb_fnm *);

/* GNU fnmatch. */
LWB_HIDDEN int __lwb_fnmatch(const char *pattern, const char *string, int flags);

#endif
