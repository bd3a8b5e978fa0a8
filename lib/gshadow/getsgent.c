#define _GNU_SOURCE
#include "sgent.h"

static int get(const void *arg, struct sgrp *sg, char *buf, size_t size, struct sgrp **result)
{
	(void)arg;
	return getsgent_r(sg, buf, size, result);
}

struct sgrp *getsgent(void)
{
	static struct __lwb_sg_static st;

	return __lwb_sg_static(&st, get, NULL);
}
