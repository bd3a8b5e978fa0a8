/* SHA-256, as FIPS 180-4 describes it: 64-byte blocks of big-endian
 * words, 64 rounds. */
#include <string.h>
#include "hash.h"
#include "tables.h"

static uint32_t ror32(uint32_t x, unsigned n)
{
	return x >> n | x << (32 - n);
}

static void sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64];

	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
			(uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);

		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];

	for (int i = 0; i < 64; i++) {
		uint32_t t1 = hh + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & f) ^ (~e & g)) +
			sha256_k[i] + w[i];
		uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));

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

void __lwb_sha256_init(struct lwb_sha256 *ctx)
{
	memcpy(ctx->h, sha256_h0, sizeof ctx->h);
	ctx->length = 0;
}

void __lwb_sha256_update(struct lwb_sha256 *ctx, const void *data, size_t n)
{
	const unsigned char *p = data;
	size_t fill = ctx->length % 64;

	ctx->length += n;
	while (n) {
		size_t take = 64 - fill < n ? 64 - fill : n;

		memcpy(ctx->block + fill, p, take);
		fill += take;
		p += take;
		n -= take;
		if (fill == 64) {
			sha256_block(ctx->h, ctx->block);
			fill = 0;
		}
	}
}

void __lwb_sha256_final(struct lwb_sha256 *ctx, unsigned char digest[32])
{
	uint64_t bits = ctx->length * 8;
	unsigned char pad[72] = { 0x80 };
	size_t fill = ctx->length % 64;
	size_t padlen = (fill < 56 ? 56 : 120) - fill;

	for (int i = 0; i < 8; i++)
		pad[padlen + i] = (unsigned char)(bits >> (56 - 8 * i));
	__lwb_sha256_update(ctx, pad, padlen + 8);
	for (int i = 0; i < 32; i++)
		digest[i] = (unsigned char)(ctx->h[i / 4] >> (24 - 8 * (i % 4)));
}
