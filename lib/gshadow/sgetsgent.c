#define _GNU_SOURCE
#include "sgent.h"

static int get(const void *s, struct sgrp *sg, char *buf, size_t size, struct sgrp **result)
{
	return sgetsgent_r(s, sg, buf, size, result);
}

struct sgrp *sgetsgent(const char *s)
{
	static struct __lwb_sg_static st;

	return __lwb_sg_static(&st, get, s);
}
