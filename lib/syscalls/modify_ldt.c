#define _GNU_SOURCE
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

int modify_ldt(int, void *, unsigned long);

#ifdef SYS_modify_ldt
/*
 * glibc exports modify_ldt on x86 without declaring it in any header, and
 * it hands back the kernel's answer as is: a negative error number, errno
 * untouched (observed: -ENOSYS for an unknown function, -EINVAL for a
 * short write). musl's syscall() sets errno instead, so undo that.
 */
int modify_ldt(int func, void *ptr, unsigned long bytecount)
{
	int saved = errno;
	long r = syscall(SYS_modify_ldt, (long)func, (long)ptr, (long)bytecount);

	if (r < 0) {
		r = -errno;
		errno = saved;
	}
	return r;
}
#endif
