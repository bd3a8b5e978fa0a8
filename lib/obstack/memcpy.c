/*
 * The copy behind obstack_grow, obstack_grow0, obstack_copy and
 * obstack_copy0. Obstack objects are mostly a few dozen bytes, and musl's
 * x86_64 memcpy starts every copy with a string instruction whose start-up
 * costs more than such a copy (about a fifth of the time of building short
 * strings on an obstack, measured in bench/obstack). Up to 64 bytes are
 * copied here as the first and the last few words, which overlap in the
 * middle; longer spans go to memcpy. Straight-line code: a loop here would
 * be turned back into a memcpy call by the compiler.
 */
#include <obstack.h>
#include <stdint.h>
#include <string.h>

static uint64_t load8(const unsigned char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return w;
}

static void store8(unsigned char *p, uint64_t w)
{
	memcpy(p, &w, 8);
}

static uint32_t load4(const unsigned char *p)
{
	uint32_t w;

	memcpy(&w, p, 4);
	return w;
}

static void store4(unsigned char *p, uint32_t w)
{
	memcpy(p, &w, 4);
}

void *__lwb_obstack_memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src, *t = s + n;
	unsigned char *e = d + n;

	if (n > 64)
		return memcpy(dst, src, n);
	if (n >= 32) {
		uint64_t a = load8(s), b = load8(s + 8), c = load8(s + 16), f = load8(s + 24);
		uint64_t g = load8(t - 32), h = load8(t - 24), i = load8(t - 16), j = load8(t - 8);

		store8(d, a), store8(d + 8, b), store8(d + 16, c), store8(d + 24, f);
		store8(e - 32, g), store8(e - 24, h), store8(e - 16, i), store8(e - 8, j);
	} else if (n >= 16) {
		uint64_t a = load8(s), b = load8(s + 8), c = load8(t - 16), f = load8(t - 8);

		store8(d, a), store8(d + 8, b), store8(e - 16, c), store8(e - 8, f);
	} else if (n >= 8) {
		uint64_t a = load8(s), b = load8(t - 8);

		store8(d, a), store8(e - 8, b);
	} else if (n >= 4) {
		uint32_t a = load4(s), b = load4(t - 4);

		store4(d, a), store4(e - 4, b);
	} else if (n) {
		unsigned char a = s[0], b = s[n / 2], c = s[n - 1];

		d[0] = a, d[n / 2] = b, d[n - 1] = c;
	}
	return dst;
}
