#define _GNU_SOURCE
#include <execinfo.h>
#include <string.h>
#include <sys/uio.h>
#include "frame.h"

static void piece(struct iovec *v, int *n, const char *s, size_t len)
{
	v[*n].iov_base = (void *)s;
	v[*n].iov_len = len;
	++*n;
}

/* Writes one line per address, each with a single writev, in glibc's
 * format for this function: "object(symbol+0x1a)[0x55...]",
 * "object(+0x1234)[0x...]", "object[0x...]" or "[0x...]". Nothing is
 * allocated, so it may run in a signal handler. */
void backtrace_symbols_fd(void *const *buffer, int size, int fd)
{
	for (int i = 0; i < size; i++) {
		struct __lwb_frame f;
		struct iovec v[9];
		char off[16], addr[16];
		int n = 0;

		__lwb_describe(buffer[i], &f);
		if (f.object) {
			piece(v, &n, f.object, strlen(f.object));
			if (f.has_offset) {
				piece(v, &n, "(", 1);
				if (f.symbol)
					piece(v, &n, f.symbol, strlen(f.symbol));
				piece(v, &n, "+0x", 3);
				piece(v, &n, off, __lwb_hex(off, f.offset));
				piece(v, &n, ")", 1);
			}
		}
		piece(v, &n, "[0x", 3);
		piece(v, &n, addr, __lwb_hex(addr, (uintptr_t)buffer[i]));
		piece(v, &n, "]\n", 2);
		writev(fd, v, n);
	}
}
