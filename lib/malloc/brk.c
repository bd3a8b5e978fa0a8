#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "brk.h"

/* Field 47 of /proc/self/stat (Linux 3.5 and later) is start_brk: where
 * the heap began. Fields are counted after the command name, which is in
 * parentheses and may itself hold spaces. */
static uintptr_t heap_start(void)
{
	char buf[1024];
	ssize_t n;
	char *p, *end;
	int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	p = strrchr(buf, ')');
	if (!p)
		return 0;
	/* After ") " comes field 3. */
	for (int field = 2; field < 47; field++) {
		p = strchr(p + 1, ' ');
		if (!p)
			return 0;
	}
	return (uintptr_t)strtoull(p + 1, &end, 10);
}

size_t __lwb_brk_bytes(void)
{
	uintptr_t start = heap_start();
	uintptr_t now = (uintptr_t)sbrk(0);

	if (!start || now == (uintptr_t)-1 || now < start)
		return 0;
	return now - start;
}
