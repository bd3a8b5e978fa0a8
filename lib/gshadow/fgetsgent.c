#define _GNU_SOURCE
#include "sgent.h"

static int get(const void *f, struct sgrp *sg, char *buf, size_t size, struct sgrp **result)
{
	return fgetsgent_r((FILE *)f, sg, buf, size, result);
}

struct sgrp *fgetsgent(FILE *f)
{
	static struct __lwb_sg_static st;

	return __lwb_sg_static(&st, get, f);
}
