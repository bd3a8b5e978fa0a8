#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include "alias.h"

/* The first entry of the name, compared without regard to case. As in
 * glibc: 0 with errno 0 whether or not it is there (*result NULL when it
 * is not); ENOENT without a file; ERANGE when buf is too small for the
 * entry or for a line before it; EINVAL for a NULL name. */
int __wrap_getaliasbyname_r(const char *name, struct aliasent *ae, char *buf,
	size_t buflen, struct aliasent **result)
{
	char iobuf[LWB_DB_IOBUF];
	FILE *f;
	int err, open_err;

	*result = NULL;
	if (!name)
		return errno = EINVAL;
	f = lwb_db_open(LWB_ALIASES, iobuf, sizeof iobuf);
	if (!f)
		return errno = ENOENT;
	err = __lwb_alias_read(f, name, ae, buf, buflen, &open_err);
	fclose(f);
	if (err == ERANGE || err == ENOMEM)
		return errno = err;
	if (!err)
		*result = ae;
	errno = 0;
	return 0;
}
