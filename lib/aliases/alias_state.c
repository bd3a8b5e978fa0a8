#define _GNU_SOURCE
#include "alias.h"

pthread_mutex_t __lwb_alias_lock = PTHREAD_MUTEX_INITIALIZER;
FILE *__lwb_alias_file;
char __lwb_alias_iobuf[LWB_DB_IOBUF];
