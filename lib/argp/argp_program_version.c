#include "argp_int.h"

/* Each of argp's variables has a file of its own: a program that defines
 * one itself (the usual way to set them) keeps this one out of its link. */
const char *argp_program_version;
