#define _GNU_SOURCE
#include "sgent.h"

pthread_mutex_t __lwb_sgent_lock = PTHREAD_MUTEX_INITIALIZER;
FILE *__lwb_sgent_file;
char __lwb_sgent_iobuf[LWB_DB_IOBUF];
