#define _GNU_SOURCE
#include <errno.h>
#include "sgent.h"

int __lwb_sgread(FILE *f, struct sgrp *sg, char *buf, size_t buflen)
{
	off_t start;
	int err;
	char *line = __lwb_next_line(f, buf, buflen, &err, &start);

	if (!line)
		return err;
	err = __lwb_sgparse(line, sg, buf, buflen);
	if (err && start >= 0)
		fseeko(f, start, SEEK_SET);
	return err;
}
