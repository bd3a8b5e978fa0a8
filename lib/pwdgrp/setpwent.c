#define _GNU_SOURCE
#include "pwent.h"

/* Replaces musl's setpwent, whose stream getpwent_r could not share. */
void __wrap_setpwent(void)
{
	pthread_mutex_lock(&__lwb_pwent_lock);
	if (__lwb_pwent_file)
		rewind(__lwb_pwent_file);
	pthread_mutex_unlock(&__lwb_pwent_lock);
}
