/* MD5, as RFC 1321 describes it: 64-byte blocks of little-endian words,
 * four rounds of sixteen steps. */
#include <string.h>
#include "hash.h"
#include "tables.h"

static const unsigned char md5_shift[4][4] = {
	{ 7, 12, 17, 22 }, { 5, 9, 14, 20 }, { 4, 11, 16, 23 }, { 6, 10, 15, 21 },
};

static uint32_t rol32(uint32_t x, unsigned n)
{
	return x << n | x >> (32 - n);
}

static void md5_block(uint32_t h[4], const unsigned char *p)
{
	uint32_t x[16], a = h[0], b = h[1], c = h[2], d = h[3];

	for (int i = 0; i < 16; i++)
		x[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 |
			(uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
	for (int i = 0; i < 64; i++) {
		int round = i / 16;
		uint32_t f, t;
		int k;

		switch (round) {
		case 0: f = (b & c) | (~b & d); k = i; break;
		case 1: f = (b & d) | (c & ~d); k = (5 * i + 1) % 16; break;
		case 2: f = b ^ c ^ d; k = (3 * i + 5) % 16; break;
		default: f = c ^ (b | ~d); k = (7 * i) % 16; break;
		}
		t = d;
		d = c;
		c = b;
		b = b + rol32(a + f + x[k] + md5_t[i], md5_shift[round][i % 4]);
		a = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
}

void __lwb_md5_init(struct lwb_md5 *ctx)
{
	ctx->h[0] = 0x67452301;
	ctx->h[1] = 0xefcdab89;
	ctx->h[2] = 0x98badcfe;
	ctx->h[3] = 0x10325476;
	ctx->length = 0;
}

void __lwb_md5_update(struct lwb_md5 *ctx, const void *data, size_t n)
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
			md5_block(ctx->h, ctx->block);
			fill = 0;
		}
	}
}

void __lwb_md5_final(struct lwb_md5 *ctx, unsigned char digest[16])
{
	uint64_t bits = ctx->length * 8;
	unsigned char pad[72] = { 0x80 };
	size_t fill = ctx->length % 64;
	size_t padlen = (fill < 56 ? 56 : 120) - fill;

	for (int i = 0; i < 8; i++)
		pad[padlen + i] = (unsigned char)(bits >> (8 * i));
	__lwb_md5_update(ctx, pad, padlen + 8);
	for (int i = 0; i < 16; i++)
		digest[i] = (unsigned char)(ctx->h[i / 4] >> (8 * (i % 4)));
}
