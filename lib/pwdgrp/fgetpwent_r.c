#define _GNU_SOURCE
#include <errno.h>
#include "pwent.h"

int __wrap_fgetpwent_r(FILE *f, struct passwd *rec, char *buf, size_t buflen, struct passwd **result)
{
	int err;

	flockfile(f);
	err = __lwb_pwread(f, rec, buf, buflen);
	funlockfile(f);
	*result = err ? NULL : rec;
	if (err)
		errno = err;
	return err;
}
