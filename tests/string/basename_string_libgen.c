/* <string.h> under _GNU_SOURCE, then <libgen.h>: POSIX (see basename.c). */
#define _GNU_SOURCE
#include <string.h>
#include <libgen.h>

char *string_then_libgen(char *path);

char *string_then_libgen(char *path)
{
	return basename(path);
}
