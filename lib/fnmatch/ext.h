/* Internal to the FNM_EXTMATCH matcher (extmatch.c, texts.c). */
#ifndef LWB_FNM_EXT_H
#define LWB_FNM_EXT_H

#include <stdint.h>
#include "fnm.h"

typedef uint64_t word;

/* A set of states (see extmatch.c) as a bitset whose words outside
 * [lo, hi) are all zero, so that sets of a few nearby states cost a few
 * words, however long the string. */
struct set {
	word *v;
	size_t lo, hi;
};

/* What an alternative matches from one start: the words [lo, hi) of a
 * set. */
struct ends {
	size_t lo, hi;
	word w[];
};

/* A pattern text: the pattern, a ?( or @( alternative glued to the rest
 * after its group, an alternative of *( +( !( on its own, or what follows
 * a forking bracket. */
struct text {
	wchar_t *p;
	size_t len;
	size_t hash;
	struct text *next_in_bucket;
	struct fnm_prog g;
	struct text **child;	/* per alternative of each group */
	struct text **suffix;	/* per offset a forking bracket goes on at */
	struct text **family;	/* this text and those it hands states to,
				 * longest first */
	size_t nfamily;
	size_t slot;		/* scratch: index in the family being evaluated */
	struct ends **memo;	/* as an alternative: ends per start, or 0 */
};

struct frame {
	struct text *root;
	size_t key;		/* the start (see KEY in extmatch.c) */
	size_t member, ti;	/* where in root's family the evaluation is */
	struct set cur, end, acc, todo;
	struct set *pending;	/* per family member */
	size_t npending;
	size_t gpos;
	int in_group;
};

struct ext {
	const struct fnm_subject *s;
	int wide;
	size_t keys, words;
	size_t bytes;		/* remembered so far, against LIMIT_BYTES */
	struct text **texts;
	size_t ntexts, captexts, limit;
	struct text *bucket[64];
	struct frame *stack;	/* frames keep their sets when popped */
	size_t depth, capdepth, built;
};

/* The texts a pattern of m characters may give rise to, and the memory
 * the remembered alternatives may take: past either, fnmatch fails with
 * -1 (what glibc returns when it runs out of memory). */
#define LIMIT_TEXTS(m) (4 * (m) + 64)
#define LIMIT_BYTES ((size_t)256 << 20)

/* The table of texts: the pattern and all it leads to, compiled and
 * linked (texts.c). Returns the pattern's text, or 0 (out of memory or
 * past LIMIT_TEXTS). */
LWB_HIDDEN struct text *__lwb_fnm_texts(struct ext *, const wchar_t *p, size_t len);
/* t's family, made once. Returns 0 or -1. */
LWB_HIDDEN int __lwb_fnm_family(struct ext *, struct text *t);
LWB_HIDDEN void __lwb_fnm_free_texts(struct ext *);

#endif
