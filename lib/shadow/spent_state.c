#define _GNU_SOURCE
#include "spent.h"

pthread_mutex_t __lwb_spent_lock = PTHREAD_MUTEX_INITIALIZER;
FILE *__lwb_spent_file;
char __lwb_spent_iobuf[LWB_DB_IOBUF];
