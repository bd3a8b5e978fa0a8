/* <libgen.h>, then <string.h> under _GNU_SOURCE: POSIX (see basename.c). */
#define _GNU_SOURCE
#include <libgen.h>
#include <string.h>

char *libgen_then_string(char *path);

char *libgen_then_string(char *path)
{
	return basename(path);
}
