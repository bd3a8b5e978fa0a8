#define _GNU_SOURCE
#include <unistd.h>

int truncate64(const char *path, off_t length)
{
	return truncate(path, length);
}
