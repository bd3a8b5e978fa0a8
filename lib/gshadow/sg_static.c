#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include "sgent.h"

struct sgrp *__lwb_sg_static(struct __lwb_sg_static *st,
	int (*get)(const void *, struct sgrp *, char *, size_t, struct sgrp **),
	const void *arg)
{
	int err;
	struct sgrp *result;
	char *p;

	for (;;) {
		if (!st->buf) {
			st->buf = malloc(1024);
			if (!st->buf)
				return NULL;
			st->size = 1024;
		}
		err = get(arg, &st->sg, st->buf, st->size, &result);
		if (err != ERANGE)
			break;
		p = st->size > (size_t)-1 / 2 ? NULL : realloc(st->buf, st->size * 2);
		if (!p) {
			errno = ENOMEM;
			return NULL;
		}
		st->buf = p;
		st->size *= 2;
	}
	return result;
}
