#define _GNU_SOURCE
#include <stdlib.h>

int mkstemp64(char *template)
{
	return mkstemp(template);
}
