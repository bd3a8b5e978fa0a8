#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "stdlib_impl.h"

struct sort {
	size_t size;
	int (*cmp)(const void *, const void *, void *);
	void *arg;
};

static void copy(char *dst, const char *src, size_t size)
{
	/* Fixed sizes let the compiler copy without a call. */
	if (size == 4)
		memcpy(dst, src, 4);
	else if (size == 8)
		memcpy(dst, src, 8);
	else
		memcpy(dst, src, size);
}

/* Stable insertion sort of n elements, for the short runs the merges
 * start from; tmp holds one element. */
static void insertion_sort(const struct sort *s, char *base, size_t n, char *tmp)
{
	for (size_t i = 1; i < n; i++) {
		char *p = base + i * s->size;

		if (s->cmp(p - s->size, p, s->arg) <= 0)
			continue;
		copy(tmp, p, s->size);
		do {
			copy(p, p - s->size, s->size);
			p -= s->size;
		} while (p > base && s->cmp(p - s->size, tmp, s->arg) > 0);
		copy(p, tmp, s->size);
	}
}

/* Merge the sorted runs a[0..na) and b[0..nb) into out, taking from a on
 * ties, which is what keeps equal elements in their order. */
static void merge(const struct sort *s, const char *a, size_t na, const char *b, size_t nb,
	char *out)
{
	const char *a_end = a + na * s->size, *b_end = b + nb * s->size;

	while (a < a_end && b < b_end) {
		if (s->cmp(a, b, s->arg) <= 0) {
			copy(out, a, s->size);
			a += s->size;
		} else {
			copy(out, b, s->size);
			b += s->size;
		}
		out += s->size;
	}
	memcpy(out, a, (size_t)(a_end - a));
	out += a_end - a;
	memcpy(out, b, (size_t)(b_end - b));
}

#define RUN 8

int __lwb_merge_sort(void *base, size_t n, size_t size,
	int (*cmp)(const void *, const void *, void *), void *arg)
{
	struct sort s = { size, cmp, arg };
	char *from = base, *to, *buf;

	if (n < 2 || !size)
		return 0;
	if (n > SIZE_MAX / size)
		return -1;
	buf = malloc(n * size);
	if (!buf)
		return -1;
	for (size_t i = 0; i < n; i += RUN)
		insertion_sort(&s, from + i * size, n - i < RUN ? n - i : RUN, buf);
	to = buf;
	for (size_t width = RUN; width < n; width *= 2) {
		char *t;

		for (size_t i = 0; i < n; i += 2 * width) {
			size_t na = n - i < width ? n - i : width;
			size_t nb = n - i - na < width ? n - i - na : width;

			merge(&s, from + i * size, na, from + (i + na) * size, nb, to + i * size);
		}
		t = from;
		from = to;
		to = t;
	}
	if (from != base)
		memcpy(base, from, n * size);
	free(buf);
	return 0;
}
