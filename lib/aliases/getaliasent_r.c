#define _GNU_SOURCE
#include <errno.h>
#include "alias.h"

/* 0 with the next entry; ENOENT at the end or without a file, leaving
 * errno alone; ERANGE (also in errno) when buf is too small, a retry with
 * a larger one reading the same entry. An :include: file that could not
 * be read on the way leaves its errno, as in glibc. */
int __wrap_getaliasent_r(struct aliasent *ae, char *buf, size_t buflen,
	struct aliasent **result)
{
	int err = ENOENT, saved = errno, open_err = 0;

	pthread_mutex_lock(&__lwb_alias_lock);
	if (!__lwb_alias_file)
		__lwb_alias_file = lwb_db_open(LWB_ALIASES, __lwb_alias_iobuf,
			sizeof __lwb_alias_iobuf);
	if (__lwb_alias_file)
		err = __lwb_alias_read(__lwb_alias_file, NULL, ae, buf, buflen, &open_err);
	pthread_mutex_unlock(&__lwb_alias_lock);
	*result = err ? NULL : ae;
	if (err == ERANGE || err == ENOMEM)
		errno = err;
	else
		errno = open_err ? open_err : saved;
	return err;
}
