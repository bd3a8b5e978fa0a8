#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include "brk.h"

/*
 * musl's allocator keeps no count of blocks, of bytes in use or free, and
 * its mmapped groups cannot be told from the program's other anonymous
 * mappings. What can be measured is arena, in glibc's own words the space
 * allocated by means other than mmap: on musl only the allocator moves the
 * program break (musl's sbrk refuses to). Every other field is 0, as
 * usmblks always is on glibc, and errno is set to ENOSYS so a caller can
 * tell "not known" from "nothing allocated".
 */
struct mallinfo2 mallinfo2(void)
{
	struct mallinfo2 mi = { 0 };

	mi.arena = __lwb_brk_bytes();
	errno = ENOSYS;
	return mi;
}
