/* Internal to the aliases module. */
#ifndef LWB_ALIASES_ALIAS_H
#define LWB_ALIASES_ALIAS_H

#include <aliases.h>
#include <pthread.h>
#include <stdio.h>
#include "../dbfile.h"
#include "../lwb.h"

#define LWB_ALIASES "/etc/aliases"

/* Reads the next entry of f into ae, its strings and member array in buf:
 * the next entry of all (match NULL) or the first whose name is match,
 * compared without regard to case. Returns 0, ENOENT at the end of the
 * file, ERANGE when buflen is too small by glibc's arithmetic, or ENOMEM;
 * on ERANGE and ENOMEM the stream is put back where it was, so a retry
 * reads the same entry. *open_err is the errno of the last :include: file
 * that could not be read (glibc leaves it in errno), or 0. */
LWB_HIDDEN int __lwb_alias_read(FILE *f, const char *match, struct aliasent *ae,
	char *buf, size_t buflen, int *open_err);

/* The enumeration of setaliasent, getaliasent(_r) and endaliasent. */
extern LWB_HIDDEN pthread_mutex_t __lwb_alias_lock;
extern LWB_HIDDEN FILE *__lwb_alias_file;
extern LWB_HIDDEN char __lwb_alias_iobuf[LWB_DB_IOBUF];

/* The entry and buffer of getaliasent or getaliasbyname (each has its
 * own, as in glibc). */
struct __lwb_alias_static {
	struct aliasent ae;
	char *buf;
	size_t size;
};

/* Calls get(arg, ...) with the buffer of st, grown until it stops failing
 * with ERANGE. Returns the entry, or NULL with errno as the last call
 * left it. */
LWB_HIDDEN struct aliasent *__lwb_alias_static(struct __lwb_alias_static *st,
	int (*get)(const void *, struct aliasent *, char *, size_t, struct aliasent **),
	const void *arg);

int __wrap_getaliasent_r(struct aliasent *ae, char *buf, size_t buflen,
	struct aliasent **result);
int __wrap_getaliasbyname_r(const char *name, struct aliasent *ae, char *buf,
	size_t buflen, struct aliasent **result);

#endif
