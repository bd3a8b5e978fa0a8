#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include "sgent.h"

static int valid_list(char **v)
{
	for (; v && *v; v++)
		if (!__lwb_valid_field(*v, 1))
			return 0;
	return 1;
}

static int put_list(char **v, FILE *f)
{
	int r = 0;

	for (size_t i = 0; v && v[i]; i++)
		if ((i && putc_unlocked(',', f) == EOF) || fputs_unlocked(v[i], f) == EOF)
			r = -1;
	return r;
}

/* The record is checked whole before anything is written: glibc writes
 * nothing for a record it rejects. */
int putsgent(const struct sgrp *sg, FILE *f)
{
	const char *pw = sg->sg_passwd ? sg->sg_passwd : "";
	int r = 0;

	if (!__lwb_valid_field(sg->sg_namp, 0) || !__lwb_valid_field(pw, 0)
	    || !valid_list(sg->sg_adm) || !valid_list(sg->sg_mem)) {
		errno = EINVAL;
		return -1;
	}
	flockfile(f);
	errno = 0;
	if (fprintf(f, "%s:%s:", sg->sg_namp ? sg->sg_namp : "", pw) < 0
	    || put_list(sg->sg_adm, f) || putc_unlocked(':', f) == EOF
	    || put_list(sg->sg_mem, f) || putc_unlocked('\n', f) == EOF)
		r = -1;
	funlockfile(f);
	return __lwb_put_result(r);
}
