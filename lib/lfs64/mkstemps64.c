#define _GNU_SOURCE
#include <stdlib.h>

int mkstemps64(char *template, int suffixlen)
{
	return mkstemps(template, suffixlen);
}
