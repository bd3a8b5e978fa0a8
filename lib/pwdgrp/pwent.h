/* Internal to the pwdgrp module. */
#ifndef LWB_PWDGRP_PWENT_H
#define LWB_PWDGRP_PWENT_H

#include <grp.h>
#include <pthread.h>
#include <pwd.h>
#include "../gshadow/files.h"

/* Parse a passwd or group line in place (the group's member list goes in
 * buf after the text). Return 0, -1 for a line glibc skips, or ERANGE. */
LWB_HIDDEN int __lwb_pwparse(char *line, struct passwd *pw);
LWB_HIDDEN int __lwb_grparse(char *line, struct group *gr, char *buf, size_t buflen);

/* The next valid record of f: 0, ENOENT at the end, or ERANGE with the
 * stream put back at the record. */
LWB_HIDDEN int __lwb_pwread(FILE *f, struct passwd *pw, char *buf, size_t buflen);
LWB_HIDDEN int __lwb_grread(FILE *f, struct group *gr, char *buf, size_t buflen);

/* The _r functions, which consumers reach through -Wl,--wrap: glibc has
 * them too, and in a glibc-based link (the sanitizer configuration) a
 * plain definition could lose to glibc's while the wrapped set/get/endpwent
 * are ours. */
int __wrap_getpwent_r(struct passwd *, char *, size_t, struct passwd **);
int __wrap_fgetpwent_r(FILE *, struct passwd *, char *, size_t, struct passwd **);
int __wrap_getgrent_r(struct group *, char *, size_t, struct group **);
int __wrap_fgetgrent_r(FILE *, struct group *, char *, size_t, struct group **);

/* The enumerations of {set,get,end}{pw,gr}ent and get{pw,gr}ent_r. */
extern LWB_HIDDEN pthread_mutex_t __lwb_pwent_lock, __lwb_grent_lock;
extern LWB_HIDDEN FILE *__lwb_pwent_file, *__lwb_grent_file;
extern LWB_HIDDEN char __lwb_pwent_iobuf[LWB_DB_IOBUF], __lwb_grent_iobuf[LWB_DB_IOBUF];

#endif
