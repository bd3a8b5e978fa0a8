#include <sys/utsname.h>
#include <unistd.h>
#include "hostname_impl.h"

/* Reached through -Wl,--wrap=sysconf. _SC_HOST_NAME_MAX is the longest
 * name the kernel keeps, as glibc gives it and as <limits.h>'s
 * HOST_NAME_MAX says with this module (musl: 255); every other name is
 * musl's answer. */
long __wrap_sysconf(int name)
{
	if (name == _SC_HOST_NAME_MAX)
		return sizeof ((struct utsname *)0)->nodename - 1;
	return __real_sysconf(name);
}
