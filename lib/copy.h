/*
 * Short copies for libwildebeest's hot paths. Internal.
 *
 * musl's x86_64 memcpy starts every copy with a string instruction whose
 * start-up costs more than copying a few dozen bytes; names in a directory
 * walk and objects on an obstack are mostly that short (measured in
 * bench/fts and bench/obstack: over half of fts's own time went to memcpy).
 * Up to 64 bytes are copied here as the first and the last few words,
 * which overlap in the middle; longer spans go to memcpy. Straight-line
 * code: a loop would be turned back into a memcpy call by the compiler.
 */
#ifndef LWB_COPY_H
#define LWB_COPY_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t lwb_load8(const unsigned char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return w;
}

static inline void lwb_store8(unsigned char *p, uint64_t w)
{
	memcpy(p, &w, 8);
}

static inline uint32_t lwb_load4(const unsigned char *p)
{
	uint32_t w;

	memcpy(&w, p, 4);
	return w;
}

static inline void lwb_store4(unsigned char *p, uint32_t w)
{
	memcpy(p, &w, 4);
}

static inline void *lwb_copy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst, *e = d + n;
	const unsigned char *s = src, *t = s + n;

	if (n > 64)
		return memcpy(dst, src, n);
	if (n >= 32) {
		uint64_t a = lwb_load8(s), b = lwb_load8(s + 8), c = lwb_load8(s + 16), f = lwb_load8(s + 24);
		uint64_t g = lwb_load8(t - 32), h = lwb_load8(t - 24), i = lwb_load8(t - 16), j = lwb_load8(t - 8);

		lwb_store8(d, a), lwb_store8(d + 8, b), lwb_store8(d + 16, c), lwb_store8(d + 24, f);
		lwb_store8(e - 32, g), lwb_store8(e - 24, h), lwb_store8(e - 16, i), lwb_store8(e - 8, j);
	} else if (n >= 16) {
		uint64_t a = lwb_load8(s), b = lwb_load8(s + 8), c = lwb_load8(t - 16), f = lwb_load8(t - 8);

		lwb_store8(d, a), lwb_store8(d + 8, b), lwb_store8(e - 16, c), lwb_store8(e - 8, f);
	} else if (n >= 8) {
		uint64_t a = lwb_load8(s), b = lwb_load8(t - 8);

		lwb_store8(d, a), lwb_store8(e - 8, b);
	} else if (n >= 4) {
		uint32_t a = lwb_load4(s), b = lwb_load4(t - 4);

		lwb_store4(d, a), lwb_store4(e - 4, b);
	} else if (n) {
		unsigned char a = s[0], b = s[n / 2], c = s[n - 1];

		d[0] = a, d[n / 2] = b, d[n - 1] = c;
	}
	return dst;
}

#endif
