/*
 * The DES-based methods:
 *   - traditional Unix crypt: a two-character salt (12 bits) and the first
 *     8 characters of the phrase, 7 bits each, as the key; 25 encryptions
 *     of a zero block;
 *   - bigcrypt, which libxcrypt applies when the setting is longer than a
 *     traditional hash (13 characters): the phrase in 8-character pieces
 *     (16 at most), each hashed as above with the salt taken from the
 *     first two characters of the previous piece's hash;
 *   - BSDi's extended form "_CCCCSSSS": a 24-bit count and a 24-bit salt,
 *     the whole phrase folded into the key 8 characters at a time by
 *     encrypting the key with itself.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include "des.h"
#include "method.h"

#define BIGCRYPT_PIECES 16

/* Up to 8 bytes of the phrase, each shifted left one bit, as a key. */
static uint64_t key_from(const char *phrase, size_t n)
{
	uint64_t key = 0;

	for (size_t i = 0; i < 8; i++)
		key = key << 8 | (i < n ? (unsigned char)((unsigned char)phrase[i] << 1) : 0);
	return key;
}

/* The 64-bit result as 11 characters, six bits at a time from the top,
 * the last padded with two zero bits. */
static char *encode(char *p, uint64_t block)
{
	for (int i = 0; i < 10; i++)
		*p++ = __lwb_crypt_itoa64[block >> (58 - 6 * i) & 0x3f];
	*p++ = __lwb_crypt_itoa64[(block & 0xf) << 2];
	return p;
}

static int salt12(const char *s, uint32_t *salt)
{
	int lo = __lwb_crypt_atoi64((unsigned char)s[0]);
	int hi = lo < 0 ? -1 : __lwb_crypt_atoi64((unsigned char)s[1]);

	if (hi < 0)
		return -1;
	*salt = (uint32_t)(lo | hi << 6);
	return 0;
}

int __lwb_crypt_des(const char *phrase, size_t n, const char *setting, char *out)
{
	size_t pieces = 1;
	struct lwb_des des;
	uint32_t salt;
	char *p = out;

	if (salt12(setting, &salt))
		return -1;
	if (strlen(setting) > 13) {
		pieces = n ? (n + 7) / 8 : 1;
		if (pieces > BIGCRYPT_PIECES)
			pieces = BIGCRYPT_PIECES;
	}
	__lwb_des_init(&des);
	*p++ = setting[0];
	*p++ = setting[1];
	for (size_t i = 0; i < pieces; i++) {
		size_t at = 8 * i;

		if (i && salt12(p - 11, &salt))
			return -1;
		__lwb_des_setkey(&des, key_from(phrase + (at < n ? at : n), at < n ? n - at : 0));
		p = encode(p, __lwb_des_encrypt(&des, 0, salt, 25));
	}
	*p = 0;
	explicit_bzero(&des, sizeof des);
	return 0;
}

/* Four alphabet characters as 24 bits, the first the least significant. */
static int value24(const char *s, uint32_t *v)
{
	*v = 0;
	for (int i = 0; i < 4; i++) {
		int c = __lwb_crypt_atoi64((unsigned char)s[i]);

		if (c < 0)
			return -1;
		*v |= (uint32_t)c << (6 * i);
	}
	return 0;
}

int __lwb_crypt_bsdi(const char *phrase, size_t n, const char *setting, char *out)
{
	uint32_t count, salt;
	struct lwb_des des;
	uint64_t key;
	char *p;

	if (strlen(setting) < 9 || value24(setting + 1, &count) || value24(setting + 5, &salt))
		return -1;
	/* libxcrypt encrypts at least once: a count of 0 hashes as 1. */
	if (!count)
		count = 1;
	__lwb_des_init(&des);
	key = key_from(phrase, n);
	__lwb_des_setkey(&des, key);
	for (size_t at = 8; at < n; at += 8) {
		key = __lwb_des_encrypt(&des, key, 0, 1) ^ key_from(phrase + at, n - at);
		__lwb_des_setkey(&des, key);
	}
	memcpy(out, setting, 9);
	p = encode(out + 9, __lwb_des_encrypt(&des, 0, salt, count));
	*p = 0;
	explicit_bzero(&des, sizeof des);
	explicit_bzero(&key, sizeof key);
	return 0;
}
