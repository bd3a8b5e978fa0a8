#define _GNU_SOURCE
#include "alias.h"

void __wrap_endaliasent(void)
{
	pthread_mutex_lock(&__lwb_alias_lock);
	if (__lwb_alias_file)
		fclose(__lwb_alias_file);
	__lwb_alias_file = NULL;
	pthread_mutex_unlock(&__lwb_alias_lock);
}
