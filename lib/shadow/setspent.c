#define _GNU_SOURCE
#include "spent.h"

/* Replaces musl's setspent, getspent and endspent, which are stubs. */
void __wrap_setspent(void)
{
	pthread_mutex_lock(&__lwb_spent_lock);
	if (__lwb_spent_file)
		rewind(__lwb_spent_file);
	pthread_mutex_unlock(&__lwb_spent_lock);
}
