#define _GNU_SOURCE
#include <stdio.h>

int fseeko64(FILE *f, off_t offset, int whence)
{
	return fseeko(f, offset, whence);
}
