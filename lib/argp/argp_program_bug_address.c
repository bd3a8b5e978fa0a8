#include "argp_int.h"

const char *argp_program_bug_address;
