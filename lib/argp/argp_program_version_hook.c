#include "argp_int.h"

void (*argp_program_version_hook)(FILE *, struct argp_state *);
