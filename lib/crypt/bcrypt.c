/*
 * "$2b$", "$2y$" and "$2a$": bcrypt, from Provos and Mazieres, "A
 * Future-Adaptable Password Scheme" (USENIX 1999), on Blowfish (Schneier,
 * 1993). The key is the phrase and its terminating NUL, cycled to 72
 * bytes; the salt is 16 bytes in 22 characters of bcrypt's own alphabet;
 * 2^cost rounds of expanding the key schedule with the key and the salt in
 * turn; "OrpheanBeholderScryDoubt" encrypted 64 times; 23 bytes of it
 * encoded. "$2x$" reproduces the sign-extension bug of old
 * implementations (CVE-2011-2483): each byte of the key widened as a
 * signed char, so one with the high bit set clobbers the three before it.
 * "$2a$" is "$2b$" for phrases of 7-bit characters; for 8-bit ones
 * libxcrypt applies a countermeasure against that bug, which is not
 * implemented here: such a "$2a$" is refused.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include "blowfish.h"
#include "method.h"

static const char bcrypt64[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

struct bf {
	uint32_t p[18];
	uint32_t s[4][256];
};

static uint32_t bf_f(const struct bf *bf, uint32_t x)
{
	return ((bf->s[0][x >> 24] + bf->s[1][x >> 16 & 0xff]) ^ bf->s[2][x >> 8 & 0xff]) +
		bf->s[3][x & 0xff];
}

static void bf_encrypt(const struct bf *bf, uint32_t *lp, uint32_t *rp)
{
	uint32_t l = *lp, r = *rp, t;

	for (int i = 0; i < 16; i++) {
		l ^= bf->p[i];
		r ^= bf_f(bf, l);
		t = l;
		l = r;
		r = t;
	}
	t = l;
	l = r;
	r = t;
	r ^= bf->p[16];
	l ^= bf->p[17];
	*lp = l;
	*rp = r;
}

/* 18 words from a byte stream, most significant byte first, cycling
 * through its n bytes; with sign_bug, each byte widened as a signed char
 * and ORed in, as "$2x$" hashes were made. */
static void words(uint32_t w[18], const unsigned char *bytes, size_t n, int sign_bug)
{
	size_t at = 0;

	for (int i = 0; i < 18; i++) {
		w[i] = 0;
		for (int j = 0; j < 4; j++) {
			uint32_t b = bytes[at];

			if (sign_bug && b & 0x80)
				b |= 0xffffff00;
			w[i] = w[i] << 8 | b;
			at = (at + 1) % n;
		}
	}
}

/* Mix 18 words into P, then re-encrypt the whole schedule, each block
 * first XORed with the next 64 bits of the salt (when there is one). */
static void expand(struct bf *bf, const uint32_t salt[4], const uint32_t mix[18])
{
	uint32_t l = 0, r = 0;

	for (int i = 0; i < 18; i++)
		bf->p[i] ^= mix[i];
	for (int i = 0; i < 18 + 4 * 256; i += 2) {
		uint32_t *dst = i < 18 ? &bf->p[i] : &bf->s[(i - 18) / 256][(i - 18) % 256];

		if (salt) {
			l ^= salt[i % 4];
			r ^= salt[(i + 1) % 4];
		}
		bf_encrypt(bf, &l, &r);
		dst[0] = l;
		dst[1] = r;
	}
}

static int atoi_bcrypt(int c)
{
	const char *p = c ? strchr(bcrypt64, c) : NULL;

	return p ? (int)(p - bcrypt64) : -1;
}

/* Decode 22 characters into 16 bytes (the last character's low four bits
 * are not used). */
static int decode_salt(const char *in, unsigned char out[16])
{
	int v[24] = { 0 };

	for (int i = 0; i < 22; i++)
		if ((v[i] = atoi_bcrypt((unsigned char)in[i])) < 0)
			return -1;
	for (int i = 0, o = 0; o < 16; i += 4) {
		out[o++] = (unsigned char)(v[i] << 2 | v[i + 1] >> 4);
		if (o < 16)
			out[o++] = (unsigned char)((v[i + 1] & 0xf) << 4 | v[i + 2] >> 2);
		if (o < 16)
			out[o++] = (unsigned char)((v[i + 2] & 3) << 6 | v[i + 3]);
	}
	return 0;
}

/* n bytes as bcrypt's base 64, three bytes to four characters, most
 * significant bits first. */
static char *encode(char *p, const unsigned char *in, size_t n)
{
	for (size_t i = 0; i < n; i += 3) {
		unsigned c1 = in[i], c2 = i + 1 < n ? in[i + 1] : 0, c3 = i + 2 < n ? in[i + 2] : 0;

		*p++ = bcrypt64[c1 >> 2];
		*p++ = bcrypt64[(c1 & 3) << 4 | c2 >> 4];
		if (i + 1 < n)
			*p++ = bcrypt64[(c2 & 0xf) << 2 | c3 >> 6];
		if (i + 2 < n)
			*p++ = bcrypt64[c3 & 0x3f];
	}
	return p;
}

int __lwb_crypt_bcrypt(const char *phrase, size_t n, const char *setting, char *out)
{
	static const char magic[] = "OrpheanBeholderScryDoubt";
	unsigned char salt[16], key[72], ctext[24];
	uint32_t keywords[18], saltwords[18], data[6];
	struct bf bf;
	int cost;
	char *p;

	/* "$2b$" "NN" "$" and 22 salt characters. */
	if (strlen(setting) < 29 || !strchr("abxy", setting[2]) || setting[3] != '$' ||
		setting[4] < '0' || setting[4] > '9' || setting[5] < '0' || setting[5] > '9' ||
		setting[6] != '$' || decode_salt(setting + 7, salt))
		return -1;
	cost = (setting[4] - '0') * 10 + setting[5] - '0';
	if (cost < 4 || cost > 31)
		return -1;
	if (setting[2] == 'a')
		for (size_t i = 0; i < n; i++)
			if ((unsigned char)phrase[i] & 0x80)
				return -1;
	/* The phrase and its NUL, cycled: 72 bytes are all P can take. */
	for (size_t i = 0; i < sizeof key; i++)
		key[i] = i % (n + 1) < n ? (unsigned char)phrase[i % (n + 1)] : 0;

	words(keywords, key, sizeof key, setting[2] == 'x');
	/* The salt cycles the same way: its first 4 words are the 64-bit
	 * halves the first expansion XORs in, in turn. */
	words(saltwords, salt, sizeof salt, 0);

	memcpy(bf.p, blowfish_p, sizeof bf.p);
	memcpy(bf.s, blowfish_s, sizeof bf.s);
	expand(&bf, saltwords, keywords);
	for (uint64_t i = (uint64_t)1 << cost; i; i--) {
		expand(&bf, NULL, keywords);
		expand(&bf, NULL, saltwords);
	}
	for (int i = 0; i < 6; i++)
		data[i] = (uint32_t)(unsigned char)magic[4 * i] << 24 | (uint32_t)(unsigned char)magic[4 * i + 1] << 16 |
			(uint32_t)(unsigned char)magic[4 * i + 2] << 8 | (unsigned char)magic[4 * i + 3];
	for (int i = 0; i < 64; i++)
		for (int j = 0; j < 6; j += 2)
			bf_encrypt(&bf, &data[j], &data[j + 1]);
	for (int i = 0; i < 6; i++)
		for (int j = 0; j < 4; j++)
			ctext[4 * i + j] = (unsigned char)(data[i] >> (24 - 8 * j));

	/* The setting's salt, its last character reduced to the bits used. */
	memcpy(out, setting, 28);
	out[28] = bcrypt64[atoi_bcrypt((unsigned char)setting[28]) & 0x30];
	p = encode(out + 29, ctext, 23);
	*p = 0;
	explicit_bzero(&bf, sizeof bf);
	explicit_bzero(key, sizeof key);
	explicit_bzero(keywords, sizeof keywords);
	explicit_bzero(data, sizeof data);
	explicit_bzero(ctext, sizeof ctext);
	return 0;
}
