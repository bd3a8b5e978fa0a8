#include "scan.h"

/* What <unistd.h> binds getopt to for a caller that asked for strict POSIX
 * (_POSIX_C_SOURCE without _GNU_SOURCE, before any <getopt.h>), as glibc's
 * __posix_getopt: the scan stops at the first non-option. */
int __lwb_posix_getopt(int argc, char *const *argv, const char *optstring)
{
	return __lwb_getopt_scan(argc, argv, optstring, 0, 0, 0, 1);
}
