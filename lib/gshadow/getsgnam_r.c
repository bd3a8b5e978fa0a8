#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "sgent.h"

/* A missing file is ENOENT; a name that is not there is success with a
 * NULL result. Names starting with '+' or '-' (NIS compat entries) are
 * never found by name, as in glibc's files backend. */
int getsgnam_r(const char *name, struct sgrp *sg, char *buf, size_t buflen, struct sgrp **result)
{
	char iobuf[LWB_DB_IOBUF];
	FILE *f = lwb_db_open(GSHADOW, iobuf, sizeof iobuf);
	int err;

	*result = NULL;
	if (!f)
		return errno = ENOENT;
	while (!(err = __lwb_sgread(f, sg, buf, buflen)))
		if (sg->sg_namp[0] != '+' && sg->sg_namp[0] != '-' && !strcmp(sg->sg_namp, name))
			break;
	fclose(f);
	if (err == ERANGE)
		return errno = ERANGE;
	if (!err)
		*result = sg;
	return 0;
}
