#define _GNU_SOURCE
#include <fcntl.h>
#include <stdarg.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
/* The third argument, when the command has one, is an int or a pointer;
 * both travel as an unsigned long, as fcntl itself reads them. */
int fcntl64(int fd, int cmd, ...)
{
	unsigned long arg;
	va_list ap;

	va_start(ap, cmd);
	arg = va_arg(ap, unsigned long);
	va_end(ap);
	return fcntl(fd, cmd, arg);
}
#endif
