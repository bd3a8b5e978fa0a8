#define _GNU_SOURCE
#include "sgent.h"

void setsgent(void)
{
	pthread_mutex_lock(&__lwb_sgent_lock);
	if (__lwb_sgent_file)
		rewind(__lwb_sgent_file);
	pthread_mutex_unlock(&__lwb_sgent_lock);
}
