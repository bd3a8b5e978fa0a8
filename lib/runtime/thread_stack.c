#define _GNU_SOURCE
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>
#include "../lwb.h"

/* glibc sizes the default thread stack from RLIMIT_STACK as it stands when
 * the process starts (measured on 2.36, x86_64): the soft limit rounded up
 * to a whole page, at least 16384 (glibc's PTHREAD_STACK_MIN), and 2 MiB
 * when the limit is RLIM_INFINITY. musl's default is a fixed 128 KiB.
 *
 * Applied once, from a constructor that runs before the consumer's own.
 * Nothing refers to this object, so the module's pkg-config Libs carry
 * -Wl,-u,__lwb_thread_stack_default to put it into every consumer's link;
 * the only cost at startup is one getrlimit. */
#define GLIBC_STACK_MIN 16384
#define GLIBC_STACK_UNLIMITED (2 << 20)

LWB_HIDDEN size_t __lwb_thread_stack_default(void)
{
	struct rlimit rl;
	size_t page = sysconf(_SC_PAGESIZE);
	size_t size;

	if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return GLIBC_STACK_UNLIMITED;
	if (rl.rlim_cur > (rlim_t)-1 / 2)
		return GLIBC_STACK_UNLIMITED;
	size = rl.rlim_cur;
	size = (size + page - 1) / page * page;
	return size < GLIBC_STACK_MIN ? GLIBC_STACK_MIN : size;
}

__attribute__((constructor(101)))
static void set_default_stack(void)
{
	pthread_attr_t attr;

	if (pthread_attr_init(&attr) != 0)
		return;
	/* musl only ever raises its defaults and caps them at 8 MiB, so a
	 * limit below 128 KiB or above 8 MiB leaves musl's nearest value. */
	if (pthread_attr_setstacksize(&attr, __lwb_thread_stack_default()) == 0)
		pthread_setattr_default_np(&attr);
	pthread_attr_destroy(&attr);
}
