#define _GNU_SOURCE
#include <stdlib.h>

int mkostemps64(char *template, int suffixlen, int flags)
{
	return mkostemps(template, suffixlen, flags);
}
