/*
 * libwildebeest: <crypt.h> as glibc systems have it from libxcrypt:
 * struct crypt_data with libxcrypt's layout, crypt and the reentrant
 * crypt_r. Debian's musl has no <crypt.h> (and declares crypt in
 * <unistd.h> without defining it); upstream musl's has a smaller struct
 * crypt_data. This header replaces either, and calls to crypt and crypt_r
 * reach libwildebeest-crypt through -Wl,--wrap, so they do not clash with
 * upstream musl's own. Methods: SHA-512 ($6$), SHA-256 ($5$), MD5 ($1$),
 * BSDi (_) and traditional DES (with bigcrypt); any other fails as
 * libxcrypt fails for a method it lacks. On glibc this is libxcrypt's own
 * header.
 */
#ifndef __LWB_CRYPT_CRYPT_H
#define __LWB_CRYPT_CRYPT_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#ifdef __GLIBC__
#include_next <crypt.h>
#else

#define CRYPT_OUTPUT_SIZE 384
#define CRYPT_MAX_PASSPHRASE_SIZE 512
#define CRYPT_DATA_RESERVED_SIZE 767
#define CRYPT_DATA_INTERNAL_SIZE 30720

#ifdef __cplusplus
extern "C" {
#endif

struct crypt_data {
	char output[CRYPT_OUTPUT_SIZE];
	char setting[CRYPT_OUTPUT_SIZE];
	char input[CRYPT_MAX_PASSPHRASE_SIZE];
	char reserved[CRYPT_DATA_RESERVED_SIZE];
	char initialized;
	char internal[CRYPT_DATA_INTERNAL_SIZE];
};

char *crypt(const char *, const char *);
char *crypt_r(const char *, const char *, struct crypt_data *__restrict);

#ifdef __cplusplus
}
#endif
#endif

#endif
