#define _GNU_SOURCE
#include <stdlib.h>

int mkostemp64(char *template, int flags)
{
	return mkostemp(template, flags);
}
