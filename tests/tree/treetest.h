/*
 * Shared by the sys/tree.h tests. glibc has no sys/tree.h, so on glibc (the
 * oracle build) the tests compile against libwildebeest's header by path:
 * that run shows the tests do not depend on musl, not glibc's behaviour.
 */
#ifndef TREETEST_H
#define TREETEST_H

#include <limits.h>
#include <stddef.h>
#ifdef __GLIBC__
#include "../../include/tree/sys/tree.h"
#else
#include <sys/tree.h>
#endif

/* Check's ck_assert records a mark for every call; the invariant walks run
 * millions of comparisons, so they fail through ck_abort_msg only. */
#define TT_CHECK(cond) do { \
	if (!(cond)) \
		ck_abort_msg("%s:%d: %s", __FILE__, __LINE__, #cond); \
} while (0)
#define TT_EQ(a, b) TT_CHECK((a) == (b))

/* A deterministic generator, the same on both libcs. */
static inline unsigned tt_rand(unsigned *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 17;
	*state ^= *state << 5;
	return *state;
}

#endif
