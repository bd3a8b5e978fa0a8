#define _GNU_SOURCE
#include "sgent.h"

void endsgent(void)
{
	pthread_mutex_lock(&__lwb_sgent_lock);
	if (__lwb_sgent_file)
		fclose(__lwb_sgent_file);
	__lwb_sgent_file = NULL;
	pthread_mutex_unlock(&__lwb_sgent_lock);
}
