#include "scan.h"

/* Reached through -Wl,--wrap=getopt from every caller in the consumer's
 * link: GNU getopt permutes argv unless POSIXLY_CORRECT is set or the
 * option string starts with '+'. */
int __wrap_getopt(int argc, char *const *argv, const char *optstring)
{
	return __lwb_getopt_scan(argc, argv, optstring, 0, 0, 0, 0);
}
