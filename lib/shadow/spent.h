/* Internal to the shadow module. */
#ifndef LWB_SHADOW_SPENT_H
#define LWB_SHADOW_SPENT_H

#include <pthread.h>
#include <shadow.h>
#include "../gshadow/files.h"

/* Parses a shadow line in place. Returns 0, or -1 for a line glibc skips. */
LWB_HIDDEN int __lwb_spparse(char *line, struct spwd *sp);

/* The next valid record of f: 0, ENOENT at the end, or ERANGE with the
 * stream put back at the record. */
LWB_HIDDEN int __lwb_spread(FILE *f, struct spwd *sp, char *buf, size_t buflen);

/* The _r functions, which consumers reach through -Wl,--wrap (see
 * lib/pwdgrp/pwent.h). */
int __wrap_getspent_r(struct spwd *, char *, size_t, struct spwd **);
int __wrap_fgetspent_r(FILE *, struct spwd *, char *, size_t, struct spwd **);
int __wrap_sgetspent_r(const char *, struct spwd *, char *, size_t, struct spwd **);

/* The enumeration of setspent, getspent, endspent and getspent_r. */
extern LWB_HIDDEN pthread_mutex_t __lwb_spent_lock;
extern LWB_HIDDEN FILE *__lwb_spent_file;
extern LWB_HIDDEN char __lwb_spent_iobuf[LWB_DB_IOBUF];

#endif
