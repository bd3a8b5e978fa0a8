/* DES as FIPS 46-3 describes it, with the salt the Unix crypt methods add:
 * each set salt bit swaps two bits of the expansion's output. Internal to
 * libwildebeest-crypt. */
#ifndef LWB_CRYPT_DES_H
#define LWB_CRYPT_DES_H

#include <stdint.h>
#include "../lwb.h"

struct lwb_des {
	uint64_t subkey[16];	/* 48 bits each */
	uint32_t sp[8][64];	/* S-box k, then P */
};

LWB_HIDDEN void __lwb_des_init(struct lwb_des *);
/* The key is 64 bits, most significant first; the parity bits are unused. */
LWB_HIDDEN void __lwb_des_setkey(struct lwb_des *, uint64_t key);
/* Encrypt block count times. Bit i of salt (0..23) swaps bits i and
 * i + 24 of the expansion's 48-bit output, counted from the first. */
LWB_HIDDEN uint64_t __lwb_des_encrypt(const struct lwb_des *, uint64_t block,
	uint32_t salt, unsigned long count);

#endif
