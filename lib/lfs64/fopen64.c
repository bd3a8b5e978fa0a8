#define _GNU_SOURCE
#include <stdio.h>

FILE *fopen64(const char *restrict path, const char *restrict mode)
{
	return fopen(path, mode);
}
