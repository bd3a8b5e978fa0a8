#include <string.h>
#include "text.h"

/* The GNU basename, which <string.h> binds for _GNU_SOURCE callers: what
 * follows the last '/', so "" for a path ending in '/'; the argument is
 * never modified. */
char *__lwb_gnu_basename(const char *path)
{
	const char *slash = strrchr(path, '/');

	return (char *)(slash ? slash + 1 : path);
}
