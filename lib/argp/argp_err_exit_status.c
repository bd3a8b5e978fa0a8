#include "argp_int.h"

/* EX_USAGE from <sysexits.h>. */
error_t argp_err_exit_status = 64;
