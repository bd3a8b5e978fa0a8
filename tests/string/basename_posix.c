/* POSIX basename: <libgen.h> alone, no _GNU_SOURCE (see basename.c). */
#include <libgen.h>

char *posix_only(char *path);

char *posix_only(char *path)
{
	return basename(path);
}
