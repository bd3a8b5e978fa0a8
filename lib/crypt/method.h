/* The hashing methods crypt_r dispatches to. Internal to
 * libwildebeest-crypt. */
#ifndef LWB_CRYPT_METHOD_H
#define LWB_CRYPT_METHOD_H

#include <stddef.h>
#include "../lwb.h"

/* libxcrypt's sizes: the output buffer, and the longest phrase + 1. */
#define LWB_CRYPT_OUTPUT_SIZE 384
#define LWB_CRYPT_MAX_PHRASE 512

/*
 * Each method hashes phrase (n bytes) with setting into out, which holds
 * LWB_CRYPT_OUTPUT_SIZE bytes, and returns 0; or returns -1 when setting
 * is malformed for it. setting has already been checked to hold only
 * characters crypt accepts anywhere.
 */
LWB_HIDDEN int __lwb_crypt_sha256(const char *phrase, size_t n, const char *setting, char *out);
LWB_HIDDEN int __lwb_crypt_sha512(const char *phrase, size_t n, const char *setting, char *out);
LWB_HIDDEN int __lwb_crypt_md5(const char *phrase, size_t n, const char *setting, char *out);
LWB_HIDDEN int __lwb_crypt_des(const char *phrase, size_t n, const char *setting, char *out);
LWB_HIDDEN int __lwb_crypt_bsdi(const char *phrase, size_t n, const char *setting, char *out);
LWB_HIDDEN int __lwb_crypt_bcrypt(const char *phrase, size_t n, const char *setting, char *out);

/* The crypt alphabet: ./0-9A-Za-z for 0..63. */
LWB_HIDDEN extern const char __lwb_crypt_itoa64[65];
/* The value of an alphabet character, or -1. */
LWB_HIDDEN int __lwb_crypt_atoi64(int c);
/* Append n characters for the low bits of v, least significant first. */
LWB_HIDDEN char *__lwb_crypt_b64(char *out, unsigned long v, int n);

#endif
