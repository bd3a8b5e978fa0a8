#define _GNU_SOURCE
#include <dirent.h>

int alphasort64(const struct dirent **a, const struct dirent **b)
{
	return alphasort(a, b);
}
