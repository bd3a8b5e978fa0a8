#define _GNU_SOURCE
#include "netgr.h"

void __wrap_endnetgrent(void)
{
	pthread_mutex_lock(&__lwb_netgr_lock);
	__lwb_netgr_free(&__lwb_netgr_walk);
	pthread_mutex_unlock(&__lwb_netgr_lock);
}
