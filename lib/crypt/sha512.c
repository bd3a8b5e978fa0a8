/* SHA-512, as FIPS 180-4 describes it: 128-byte blocks of big-endian
 * 64-bit words, 80 rounds. Messages here are far below 2^64 bits, so the
 * high half of the 128-bit length is always zero. */
#include <string.h>
#include "hash.h"
#include "tables.h"

static uint64_t ror64(uint64_t x, unsigned n)
{
	return x >> n | x << (64 - n);
}

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
	uint64_t w[80];

	for (int i = 0; i < 16; i++) {
		w[i] = 0;
		for (int j = 0; j < 8; j++)
			w[i] = w[i] << 8 | p[8 * i + j];
	}
	for (int i = 16; i < 80; i++) {
		uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
		uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);

		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];

	for (int i = 0; i < 80; i++) {
		uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) +
			sha512_k[i] + w[i];
		uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));

		hh = g;
		g = f;
		f = e;
		e = d + t1;
		d = c;
		c = b;
		b = a;
		a = t1 + t2;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
	h[5] += f;
	h[6] += g;
	h[7] += hh;
}

void __lwb_sha512_init(struct lwb_sha512 *ctx)
{
	memcpy(ctx->h, sha512_h0, sizeof ctx->h);
	ctx->length = 0;
}

void __lwb_sha512_update(struct lwb_sha512 *ctx, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t fill = ctx->length % 128;

	ctx->length += n;
	while (n) {
		size_t take = 128 - fill < n ? 128 - fill : n;

		memcpy(ctx->block + fill, p, take);
		fill += take;
		p += take;
		n -= take;
		if (fill == 128) {
			sha512_block(ctx->h, ctx->block);
			fill = 0;
		}
	}
}

void __lwb_sha512_final(struct lwb_sha512 *ctx, unsigned char digest[64])
{
	uint64_t bits = ctx->length * 8;
	unsigned char pad[144] = { 0x80 };
	size_t fill = ctx->length % 128;
	size_t padlen = (fill < 112 ? 112 : 240) - fill;

	/* The 128-bit length: eight zero bytes, then the 64 bits we keep. */
	for (int i = 0; i < 8; i++)
		pad[padlen + 8 + i] = (unsigned char)(bits >> (56 - 8 * i));
	__lwb_sha512_update(ctx, pad, padlen + 16);
	for (int i = 0; i < 64; i++)
		digest[i] = (unsigned char)(ctx->h[i / 8] >> (56 - 8 * (i % 8)));
}
