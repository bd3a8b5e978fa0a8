#define _GNU_SOURCE
#include <errno.h>
#include "sgent.h"

int __lwb_sgread(FILE *f, struct sgrp *sg, char *buf, size_t buflen)
{
	size_t len;
	int err;
	char *line = __lwb_next_line(f, buf, buflen, &err, &len);

	if (!line)
		return err;
	err = __lwb_sgparse(line, sg, buf, buflen);
	if (err)
		__lwb_unread(f, len);
	return err;
}
