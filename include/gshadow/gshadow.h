/*
 * libwildebeest: <gshadow.h>, which musl does not have.
 *
 * The shadow group database, /etc/gshadow, with glibc's struct sgrp and
 * its functions, the _r ones with glibc's buffer protocol (ERANGE when the
 * caller's buffer is too small; retry with a larger one). libwildebeest
 * reads the file only: nsswitch.conf is not consulted. On glibc this header
 * passes glibc's own through.
 */
#ifndef __LWB_GSHADOW_GSHADOW_H
#define __LWB_GSHADOW_GSHADOW_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#ifdef __GLIBC__
#include_next <gshadow.h>
#else

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GSHADOW "/etc/gshadow"

struct sgrp {
	char *sg_namp;
	char *sg_passwd;
	char **sg_adm;
	char **sg_mem;
};

void setsgent(void);
void endsgent(void);
struct sgrp *getsgent(void);
struct sgrp *getsgnam(const char *);
struct sgrp *sgetsgent(const char *);
struct sgrp *fgetsgent(FILE *);
int putsgent(const struct sgrp *, FILE *);

#if defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
int getsgent_r(struct sgrp *, char *, size_t, struct sgrp **);
int getsgnam_r(const char *, struct sgrp *, char *, size_t, struct sgrp **);
int sgetsgent_r(const char *, struct sgrp *, char *, size_t, struct sgrp **);
int fgetsgent_r(FILE *, struct sgrp *, char *, size_t, struct sgrp **);
#endif

#ifdef __cplusplus
}
#endif

#endif
#endif
