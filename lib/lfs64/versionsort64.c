#define _GNU_SOURCE
#include <dirent.h>

int versionsort64(const struct dirent **a, const struct dirent **b)
{
	return versionsort(a, b);
}
