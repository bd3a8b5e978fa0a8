#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "hostname_impl.h"

/* Reached through -Wl,--wrap=gethostname. As glibc: the name and its NUL
 * when they fit in len bytes; otherwise the first len bytes, no NUL, and
 * ENAMETOOLONG (musl cuts the name short, terminates it and succeeds, so a
 * caller cannot tell a truncated name from a whole one). */
int __wrap_gethostname(char *name, size_t len)
{
	struct utsname u;
	size_t size;

	if (uname(&u) < 0)
		return -1;
	size = strlen(u.nodename) + 1;
	if (size > len) {
		memcpy(name, u.nodename, len);
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(name, u.nodename, size);
	return 0;
}
