#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <unistd.h>
#include "cancel.h"

long __lwb_syscall_cp(long nr, long a, long b, long c, long d, long e, long f)
{
	long r;

	pthread_testcancel();
	r = syscall(nr, a, b, c, d, e, f);
	if (r < 0 && errno == EINTR)
		pthread_testcancel();
	return r;
}
