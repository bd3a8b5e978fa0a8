#define _GNU_SOURCE
#include <errno.h>
#include "pwent.h"

/* The enumeration __wrap_setpwent, __wrap_getpwent and __wrap_endpwent
 * share. Only ERANGE is reported in errno: the end of the file, or its
 * absence, leaves errno alone, as in glibc. */
int __wrap_getpwent_r(struct passwd *rec, char *buf, size_t buflen, struct passwd **result)
{
	int err = ENOENT, saved = errno;

	pthread_mutex_lock(&__lwb_pwent_lock);
	if (!__lwb_pwent_file)
		__lwb_pwent_file = lwb_db_open("/etc/passwd", __lwb_pwent_iobuf,
			sizeof __lwb_pwent_iobuf);
	if (__lwb_pwent_file)
		err = __lwb_pwread(__lwb_pwent_file, rec, buf, buflen);
	pthread_mutex_unlock(&__lwb_pwent_lock);
	*result = err ? NULL : rec;
	errno = err == ERANGE ? ERANGE : saved;
	return err;
}
