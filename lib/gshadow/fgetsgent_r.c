#define _GNU_SOURCE
#include <errno.h>
#include "sgent.h"

int fgetsgent_r(FILE *f, struct sgrp *sg, char *buf, size_t buflen, struct sgrp **result)
{
	int err;

	flockfile(f);
	err = __lwb_sgread(f, sg, buf, buflen);
	funlockfile(f);
	*result = err ? NULL : sg;
	if (err)
		errno = err;
	return err;
}
