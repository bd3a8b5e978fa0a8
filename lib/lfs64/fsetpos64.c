#define _GNU_SOURCE
#include <stdio.h>

int fsetpos64(FILE *f, const fpos_t *pos)
{
	return fsetpos(f, pos);
}
