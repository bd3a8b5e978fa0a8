#define _GNU_SOURCE
#include <stdio.h>

FILE *tmpfile64(void)
{
	return tmpfile();
}
