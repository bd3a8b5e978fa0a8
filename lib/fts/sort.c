/*
 * Ordering a directory's entries (or the roots) with the caller's
 * comparison function: a merge sort of the list that splits and merges
 * as glibc 2.36's qsort does (first half n / 2, ties to the first half),
 * so entries the function calls equal keep the order they came in
 * (readdir's, or the roots'), and even an inconsistent function gives
 * glibc's order. The function gets pointers to pointers to the entries, as
 * from an array.
 */
#define _GNU_SOURCE
#include "stream.h"

typedef int (*compar_fn)(const FTSENT **, const FTSENT **);

static FTSENT *merge(compar_fn cmp, FTSENT *a, FTSENT *b)
{
	FTSENT *head = NULL, **tail = &head;

	while (a && b) {
		const FTSENT *x = a, *y = b;

		if (cmp(&x, &y) <= 0) {
			*tail = a;
			a = a->fts_link;
		} else {
			*tail = b;
			b = b->fts_link;
		}
		tail = &(*tail)->fts_link;
	}
	*tail = a ? a : b;
	return head;
}

static FTSENT *sort(compar_fn cmp, FTSENT *list, size_t n)
{
	FTSENT *second, **cut = &list;

	if (n < 2)
		return list;
	for (size_t i = 0; i < n / 2; i++)
		cut = &(*cut)->fts_link;
	second = *cut;
	*cut = NULL;
	return merge(cmp, sort(cmp, list, n / 2), sort(cmp, second, n - n / 2));
}

FTSENT *__lwb_fts_sort(struct fts_stream *s, FTSENT *list, size_t n)
{
	return sort((compar_fn)s->fts.fts_compar, list, n);
}
