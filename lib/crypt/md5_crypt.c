/*
 * "$1$": the MD5-based crypt of FreeBSD (Poul-Henning Kamp, 1994), as
 * documented for its users: a digest of phrase, "$1$" and salt (up to 8
 * characters) mixed with a digest of phrase, salt, phrase; then 1000
 * rounds alternating phrase, salt and the previous digest.
 */
#define _GNU_SOURCE
#include <string.h>
#include "hash.h"
#include "method.h"

int __lwb_crypt_md5(const char *phrase, size_t n, const char *setting, char *out)
{
	const char *salt = setting + 3;
	size_t slen = strcspn(salt, "$");
	unsigned char alt[16], digest[16];
	struct lwb_md5 ctx;
	char *p;

	if (slen > 8)
		slen = 8;
	__lwb_md5_init(&ctx);
	__lwb_md5_update(&ctx, phrase, n);
	__lwb_md5_update(&ctx, salt, slen);
	__lwb_md5_update(&ctx, phrase, n);
	__lwb_md5_final(&ctx, alt);

	__lwb_md5_init(&ctx);
	__lwb_md5_update(&ctx, phrase, n);
	__lwb_md5_update(&ctx, "$1$", 3);
	__lwb_md5_update(&ctx, salt, slen);
	for (size_t left = n; left > 0; left -= left > 16 ? 16 : left)
		__lwb_md5_update(&ctx, alt, left > 16 ? 16 : left);
	/* One byte per bit of the length: a zero byte for a set bit, the
	 * phrase's first byte for a clear one. */
	for (size_t bits = n; bits; bits >>= 1)
		__lwb_md5_update(&ctx, bits & 1 ? "" : phrase, 1);
	__lwb_md5_final(&ctx, digest);

	for (int i = 0; i < 1000; i++) {
		__lwb_md5_init(&ctx);
		if (i & 1)
			__lwb_md5_update(&ctx, phrase, n);
		else
			__lwb_md5_update(&ctx, digest, 16);
		if (i % 3)
			__lwb_md5_update(&ctx, salt, slen);
		if (i % 7)
			__lwb_md5_update(&ctx, phrase, n);
		if (i & 1)
			__lwb_md5_update(&ctx, digest, 16);
		else
			__lwb_md5_update(&ctx, phrase, n);
		__lwb_md5_final(&ctx, digest);
	}

	memcpy(out, "$1$", 3);
	memcpy(out + 3, salt, slen);
	p = out + 3 + slen;
	*p++ = '$';
	for (int i = 0; i < 5; i++) {
		int j = i == 4 ? 5 : i + 12;

		p = __lwb_crypt_b64(p, (unsigned long)digest[i] << 16 | digest[i + 6] << 8 | digest[j], 4);
	}
	p = __lwb_crypt_b64(p, digest[11], 2);
	*p = 0;
	explicit_bzero(alt, sizeof alt);
	explicit_bzero(digest, sizeof digest);
	explicit_bzero(&ctx, sizeof ctx);
	return 0;
}
