#define _GNU_SOURCE
#include <stdio.h>

FILE *freopen64(const char *restrict path, const char *restrict mode,
	FILE *restrict f)
{
	return freopen(path, mode, f);
}
