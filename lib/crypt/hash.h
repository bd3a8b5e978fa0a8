/* The message digests the crypt methods are built on: MD5 (RFC 1321),
 * SHA-256 and SHA-512 (FIPS 180-4). Internal to libwildebeest-crypt. */
#ifndef LWB_CRYPT_HASH_H
#define LWB_CRYPT_HASH_H

#include <stddef.h>
#include <stdint.h>
#include "../lwb.h"

struct lwb_md5 {
	uint32_t h[4];
	uint64_t length;
	unsigned char block[64];
};

struct lwb_sha256 {
	uint32_t h[8];
	uint64_t length;
	unsigned char block[64];
};

struct lwb_sha512 {
	uint64_t h[8];
	uint64_t length;
	unsigned char block[128];
};

LWB_HIDDEN void __lwb_md5_init(struct lwb_md5 *);
LWB_HIDDEN void __lwb_md5_update(struct lwb_md5 *, const void *, size_t);
LWB_HIDDEN void __lwb_md5_final(struct lwb_md5 *, unsigned char digest[16]);

LWB_HIDDEN void __lwb_sha256_init(struct lwb_sha256 *);
LWB_HIDDEN void __lwb_sha256_update(struct lwb_sha256 *, const void *, size_t);
LWB_HIDDEN void __lwb_sha256_final(struct lwb_sha256 *, unsigned char digest[32]);

LWB_HIDDEN void __lwb_sha512_init(struct lwb_sha512 *);
LWB_HIDDEN void __lwb_sha512_update(struct lwb_sha512 *, const void *, size_t);
LWB_HIDDEN void __lwb_sha512_final(struct lwb_sha512 *, unsigned char digest[64]);

#endif
