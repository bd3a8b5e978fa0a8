#define _GNU_SOURCE
#include <errno.h>
#include "alias.h"

/* Opens the file, or goes back to its start. As in glibc, a file that
 * cannot be opened leaves its errno (ENOENT); otherwise errno is left
 * alone. */
void __wrap_setaliasent(void)
{
	int saved = errno;

	pthread_mutex_lock(&__lwb_alias_lock);
	if (__lwb_alias_file)
		rewind(__lwb_alias_file);
	else
		__lwb_alias_file = lwb_db_open(LWB_ALIASES, __lwb_alias_iobuf,
			sizeof __lwb_alias_iobuf);
	if (__lwb_alias_file)
		errno = saved;
	pthread_mutex_unlock(&__lwb_alias_lock);
}
