#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "spent.h"

/* One shadow line, as glibc: copied into buf (ERANGE, with errno and
 * *result untouched, when it needs more than buflen bytes with its NUL)
 * unless it already lies there, then parsed as /etc/shadow's lines are;
 * a line that does not parse is 0 with a NULL result, one with a number
 * past what strtoul reads is ERANGE with errno ERANGE. With buflen 0
 * glibc answers 0 and NULL (and writes before buf): here it only answers. */
int __wrap_sgetspent_r(const char *s, struct spwd *sp, char *buf, size_t buflen,
	struct spwd **result)
{
	int saved = errno, r;
	char *line = (char *)s;
	size_t n;

	if (!buflen) {
		*result = NULL;
		return 0;
	}
	if (s < buf || s >= buf + buflen) {
		n = strlen(s) + 1;
		if (n > buflen)
			return ERANGE;
		line = memcpy(buf, s, n);
	}
	errno = 0;
	r = __lwb_spparse(line, sp);
	if (r && errno == ERANGE) {
		*result = NULL;
		return ERANGE;
	}
	errno = saved;
	*result = r ? NULL : sp;
	return 0;
}
