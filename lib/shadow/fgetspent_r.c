#define _GNU_SOURCE
#include <errno.h>
#include "spent.h"

int __wrap_fgetspent_r(FILE *f, struct spwd *rec, char *buf, size_t buflen, struct spwd **result)
{
	int err;

	flockfile(f);
	err = __lwb_spread(f, rec, buf, buflen);
	funlockfile(f);
	*result = err ? NULL : rec;
	if (err)
		errno = err;
	return err;
}
