#define _GNU_SOURCE
#include "netgr.h"

pthread_mutex_t __lwb_netgr_lock = PTHREAD_MUTEX_INITIALIZER;
struct __lwb_netgr __lwb_netgr_walk;
