#define _GNU_SOURCE
#include <errno.h>
#include "pwent.h"

/* The enumeration __wrap_setgrent, __wrap_getgrent and __wrap_endgrent
 * share. Only ERANGE is reported in errno: the end of the file, or its
 * absence, leaves errno alone, as in glibc. */
int __wrap_getgrent_r(struct group *rec, char *buf, size_t buflen, struct group **result)
{
	int err = ENOENT, saved = errno;

	pthread_mutex_lock(&__lwb_grent_lock);
	if (!__lwb_grent_file)
		__lwb_grent_file = lwb_db_open("/etc/group", __lwb_grent_iobuf,
			sizeof __lwb_grent_iobuf);
	if (__lwb_grent_file)
		err = __lwb_grread(__lwb_grent_file, rec, buf, buflen);
	pthread_mutex_unlock(&__lwb_grent_lock);
	*result = err ? NULL : rec;
	errno = err == ERANGE ? ERANGE : saved;
	return err;
}
