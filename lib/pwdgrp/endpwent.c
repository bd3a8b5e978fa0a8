#define _GNU_SOURCE
#include "pwent.h"

void __wrap_endpwent(void)
{
	pthread_mutex_lock(&__lwb_pwent_lock);
	if (__lwb_pwent_file)
		fclose(__lwb_pwent_file);
	__lwb_pwent_file = NULL;
	pthread_mutex_unlock(&__lwb_pwent_lock);
}
