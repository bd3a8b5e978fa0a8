/* The GNU strerror_r, for strerror_r.c. */
#define _GNU_SOURCE
#include <string.h>

const char *gnu_strerror_r(int e, char *buf, size_t size, int *untouched);

const char *gnu_strerror_r(int e, char *buf, size_t size, int *untouched)
{
	char *r;

	memset(buf, 'x', 64);
	r = strerror_r(e, buf, size);
	*untouched = r != buf && buf[0] == 'x';
	return r;
}
