#define _GNU_SOURCE
#include <errno.h>
#include "sgent.h"

/* Only ERANGE is reported in errno: the end of the database, or its
 * absence, leaves errno alone, as in glibc. */
int getsgent_r(struct sgrp *sg, char *buf, size_t buflen, struct sgrp **result)
{
	int err = ENOENT, saved = errno;

	pthread_mutex_lock(&__lwb_sgent_lock);
	if (!__lwb_sgent_file)
		__lwb_sgent_file = lwb_db_open(GSHADOW, __lwb_sgent_iobuf,
			sizeof __lwb_sgent_iobuf);
	if (__lwb_sgent_file)
		err = __lwb_sgread(__lwb_sgent_file, sg, buf, buflen);
	pthread_mutex_unlock(&__lwb_sgent_lock);
	*result = err ? NULL : sg;
	errno = err == ERANGE ? ERANGE : saved;
	return err;
}
