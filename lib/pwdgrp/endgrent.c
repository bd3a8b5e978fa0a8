#define _GNU_SOURCE
#include "pwent.h"

void __wrap_endgrent(void)
{
	pthread_mutex_lock(&__lwb_grent_lock);
	if (__lwb_grent_file)
		fclose(__lwb_grent_file);
	__lwb_grent_file = NULL;
	pthread_mutex_unlock(&__lwb_grent_lock);
}
