#include "text.h"

const char *strerrorname_np(int);

/* "ENOENT" for ENOENT; NULL for a value glibc has no name for. */
const char *strerrorname_np(int e)
{
	const struct __lwb_text *t = __lwb_errno_entry(e);

	return t ? t->name : 0;
}
