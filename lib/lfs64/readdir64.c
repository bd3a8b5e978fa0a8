#define _GNU_SOURCE
#include <dirent.h>

struct dirent *readdir64(DIR *d)
{
	return readdir(d);
}
