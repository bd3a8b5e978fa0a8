#define _GNU_SOURCE
#include <errno.h>
#include "pwent.h"

int __wrap_fgetgrent_r(FILE *f, struct group *rec, char *buf, size_t buflen, struct group **result)
{
	int err;

	flockfile(f);
	err = __lwb_grread(f, rec, buf, buflen);
	funlockfile(f);
	*result = err ? NULL : rec;
	if (err)
		errno = err;
	return err;
}
