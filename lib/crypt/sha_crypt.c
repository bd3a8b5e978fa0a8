/*
 * "$5$" and "$6$": Ulrich Drepper's "Unix crypt using SHA-256 and SHA-512"
 * (2007), from its published specification, with libxcrypt's reading of
 * the rounds parameter: "rounds=N$" with N from 1000 to 999999999, no
 * leading zero, else the setting is refused (the specification clamps
 * instead). The salt is up to 16 characters.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hash.h"
#include "method.h"

#define ROUNDS_DEFAULT 5000
#define ROUNDS_MIN 1000
#define ROUNDS_MAX 999999999UL

struct sha {
	int bits;
	size_t len;	/* digest bytes */
	union {
		struct lwb_sha256 s256;
		struct lwb_sha512 s512;
	} ctx;
};

static void init(struct sha *h)
{
	if (h->bits == 256)
		__lwb_sha256_init(&h->ctx.s256);
	else
		__lwb_sha512_init(&h->ctx.s512);
}

static void update(struct sha *h, const void *p, size_t n)
{
	if (h->bits == 256)
		__lwb_sha256_update(&h->ctx.s256, p, n);
	else
		__lwb_sha512_update(&h->ctx.s512, p, n);
}

static void final(struct sha *h, unsigned char *digest)
{
	if (h->bits == 256)
		__lwb_sha256_final(&h->ctx.s256, digest);
	else
		__lwb_sha512_final(&h->ctx.s512, digest);
}

/* Feed n bytes cycling through a digest of h->len bytes. */
static void update_cycled(struct sha *h, const unsigned char *digest, size_t n)
{
	for (; n > h->len; n -= h->len)
		update(h, digest, h->len);
	update(h, digest, n);
}

/* "rounds=N$": the count and the setting after it; NULL if malformed. */
static const char *parse_rounds(const char *p, unsigned long *rounds)
{
	char *end;

	if (*p < '1' || *p > '9')
		return NULL;
	*rounds = strtoul(p, &end, 10);
	if (*end != '$' || end - p > 9 || *rounds < ROUNDS_MIN || *rounds > ROUNDS_MAX)
		return NULL;
	return end + 1;
}

static int sha_crypt(int bits, const char *phrase, size_t n, const char *setting, char *out)
{
	static const char rounds_prefix[] = "rounds=";
	struct sha h = { .bits = bits, .len = bits / 8 };
	unsigned char a[64], b[64], dp[64], ds[64];
	unsigned long rounds = ROUNDS_DEFAULT;
	int explicit_rounds = 0;
	const char *salt = setting + 3;
	size_t slen;
	char *p;

	if (!strncmp(salt, rounds_prefix, sizeof rounds_prefix - 1)) {
		salt = parse_rounds(salt + sizeof rounds_prefix - 1, &rounds);
		if (!salt)
			return -1;
		explicit_rounds = 1;
	}
	slen = strcspn(salt, "$");
	if (slen > 16)
		slen = 16;

	/* B: phrase, salt, phrase. */
	init(&h);
	update(&h, phrase, n);
	update(&h, salt, slen);
	update(&h, phrase, n);
	final(&h, b);
	/* A: phrase, salt, B over the phrase's length, then per bit of the
	 * length B (set) or the phrase (clear). */
	init(&h);
	update(&h, phrase, n);
	update(&h, salt, slen);
	update_cycled(&h, b, n);
	for (size_t bits_left = n; bits_left; bits_left >>= 1) {
		if (bits_left & 1)
			update(&h, b, h.len);
		else
			update(&h, phrase, n);
	}
	final(&h, a);
	/* DP: the phrase n times; DS: the salt 16 + A[0] times. P and S are
	 * their first n and slen bytes, cycling. */
	init(&h);
	for (size_t i = 0; i < n; i++)
		update(&h, phrase, n);
	final(&h, dp);
	init(&h);
	for (int i = 0; i < 16 + a[0]; i++)
		update(&h, salt, slen);
	final(&h, ds);

	for (unsigned long i = 0; i < rounds; i++) {
		init(&h);
		if (i & 1)
			update_cycled(&h, dp, n);
		else
			update(&h, a, h.len);
		if (i % 3)
			update_cycled(&h, ds, slen);
		if (i % 7)
			update_cycled(&h, dp, n);
		if (i & 1)
			update(&h, a, h.len);
		else
			update_cycled(&h, dp, n);
		final(&h, a);
	}

	p = out + snprintf(out, LWB_CRYPT_OUTPUT_SIZE, "$%c$", bits == 256 ? '5' : '6');
	if (explicit_rounds)
		p += snprintf(p, 32, "rounds=%lu$", rounds);
	memcpy(p, salt, slen);
	p += slen;
	*p++ = '$';
	/* The digest's bytes in threes, in the order the specification
	 * lists: group i takes byte i of each third of the digest, the three
	 * rotating one place per group, rightwards for SHA-512 and leftwards
	 * for SHA-256. */
	for (size_t i = 0; i < h.len / 3; i++) {
		size_t third = h.len / 3;
		size_t x = i, y = i + third, z = i + 2 * third, t;

		for (size_t r = (bits == 256 ? 2 * i : i) % 3; r; r--) {
			t = x;
			x = y;
			y = z;
			z = t;
		}
		p = __lwb_crypt_b64(p, (unsigned long)a[x] << 16 | a[y] << 8 | a[z], 4);
	}
	if (bits == 256)
		p = __lwb_crypt_b64(p, (unsigned long)a[31] << 8 | a[30], 3);
	else
		p = __lwb_crypt_b64(p, a[63], 2);
	*p = 0;
	explicit_bzero(a, sizeof a);
	explicit_bzero(b, sizeof b);
	explicit_bzero(dp, sizeof dp);
	explicit_bzero(ds, sizeof ds);
	explicit_bzero(&h, sizeof h);
	return 0;
}

int __lwb_crypt_sha256(const char *phrase, size_t n, const char *setting, char *out)
{
	return sha_crypt(256, phrase, n, setting, out);
}

int __lwb_crypt_sha512(const char *phrase, size_t n, const char *setting, char *out)
{
	return sha_crypt(512, phrase, n, setting, out);
}
