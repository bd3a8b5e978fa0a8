#define _GNU_SOURCE
#include "sgent.h"

static int get(const void *name, struct sgrp *sg, char *buf, size_t size, struct sgrp **result)
{
	return getsgnam_r(name, sg, buf, size, result);
}

struct sgrp *getsgnam(const char *name)
{
	static struct __lwb_sg_static st;

	return __lwb_sg_static(&st, get, name);
}
