#define _GNU_SOURCE
#include "pwent.h"

/* Replaces musl's setgrent, whose stream getgrent_r could not share. */
void __wrap_setgrent(void)
{
	pthread_mutex_lock(&__lwb_grent_lock);
	if (__lwb_grent_file)
		rewind(__lwb_grent_file);
	pthread_mutex_unlock(&__lwb_grent_lock);
}
