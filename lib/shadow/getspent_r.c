#define _GNU_SOURCE
#include <errno.h>
#include "spent.h"

/* The enumeration __wrap_setspent, __wrap_getspent and __wrap_endspent
 * share. Only ERANGE is reported in errno: the end of the file, or its
 * absence, leaves errno alone, as in glibc. */
int __wrap_getspent_r(struct spwd *rec, char *buf, size_t buflen, struct spwd **result)
{
	int err = ENOENT, saved = errno;

	pthread_mutex_lock(&__lwb_spent_lock);
	if (!__lwb_spent_file)
		__lwb_spent_file = lwb_db_open("/etc/shadow", __lwb_spent_iobuf,
			sizeof __lwb_spent_iobuf);
	if (__lwb_spent_file)
		err = __lwb_spread(__lwb_spent_file, rec, buf, buflen);
	pthread_mutex_unlock(&__lwb_spent_lock);
	*result = err ? NULL : rec;
	errno = err == ERANGE ? ERANGE : saved;
	return err;
}
