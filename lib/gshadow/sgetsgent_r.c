#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "sgent.h"

/* glibc clears *result for an empty buffer and for a record that does not
 * fit, but not when the text itself does not fit. */
int sgetsgent_r(const char *s, struct sgrp *sg, char *buf, size_t buflen, struct sgrp **result)
{
	size_t len = strlen(s);
	int err;

	if (!buflen)
		*result = NULL;
	if (len >= buflen) {
		errno = ERANGE;
		return ERANGE;
	}
	if (s != buf)
		memmove(buf, s, len + 1);
	err = __lwb_sgparse(buf, sg, buf, buflen);
	*result = err ? NULL : sg;
	if (err)
		errno = err;
	return err;
}
