#define _GNU_SOURCE
#include "spent.h"

void __wrap_endspent(void)
{
	pthread_mutex_lock(&__lwb_spent_lock);
	if (__lwb_spent_file)
		fclose(__lwb_spent_file);
	__lwb_spent_file = NULL;
	pthread_mutex_unlock(&__lwb_spent_lock);
}
