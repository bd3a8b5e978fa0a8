#define _GNU_SOURCE
/* glibc (the sanitizer build) would otherwise turn fcntl into fcntl64,
 * this very function. */
#undef _FILE_OFFSET_BITS
#include <fcntl.h>
#include <stdarg.h>

/* On musl struct flock and off_t are 64-bit already: glibc's fcntl64 is
 * fcntl. Like fcntl, take the optional third argument as a word. */
int fcntl64(int fd, int cmd, ...)
{
	unsigned long arg;
	va_list ap;

	va_start(ap, cmd);
	arg = va_arg(ap, unsigned long);
	va_end(ap);
	return fcntl(fd, cmd, arg);
}
