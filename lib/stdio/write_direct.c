#define _GNU_SOURCE
#include <errno.h>
#include <stdio_ext.h>
#include <unistd.h>
#include <wchar.h>
#include "stdio_impl.h"

/* Data that does not go through the buffer (all of it on an unbuffered
 * stream, more than the buffer holds on another) musl hands to the kernel
 * as a writev whose first iovec is the pending buffer, empty when nothing
 * is pending. A file whose driver has no vectored write takes each iovec
 * as a write of its own: /proc/self/oom_score_adj and most procfs and
 * sysfs files then see an empty write first and fail with EINVAL. glibc
 * sends such data with plain write(2), so this does too, when nothing is
 * pending, the stream is writable, not reading and has a descriptor.
 * Anything else is musl's fwrite. After a failed write(2), the rest goes
 * to musl's fwrite, which tries once more and records the error in the
 * stream (nothing else can set its error indicator); errno stays that of
 * the first failure. The caller holds the stream's lock. */
size_t __lwb_stdio_write(const void *p, size_t len, FILE *f)
{
	const char *s = p;
	size_t done = 0;
	ssize_t r;
	int fd, e;

	if (len <= __fbufsize(f) || __fpending(f) || __freading(f) || !__fwritable(f))
		return __real_fwrite_unlocked(p, 1, len, f);
	e = errno;
	fd = fileno_unlocked(f);
	errno = e;
	if (fd < 0)
		return __real_fwrite_unlocked(p, 1, len, f);
	/* musl's fwrite makes the stream byte-oriented; so does this. */
	fwide(f, -1);
	while (done < len) {
		r = write(fd, s + done, len - done);
		if (r <= 0) {
			e = errno;
			done += __real_fwrite_unlocked(s + done, 1, len - done, f);
			if (done < len)
				errno = e;
			return done;
		}
		done += r;
	}
	return done;
}
