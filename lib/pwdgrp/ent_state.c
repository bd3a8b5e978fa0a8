#define _GNU_SOURCE
#include "pwent.h"

pthread_mutex_t __lwb_pwent_lock = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t __lwb_grent_lock = PTHREAD_MUTEX_INITIALIZER;
FILE *__lwb_pwent_file, *__lwb_grent_file;
char __lwb_pwent_iobuf[LWB_DB_IOBUF], __lwb_grent_iobuf[LWB_DB_IOBUF];
