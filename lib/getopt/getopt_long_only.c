#include "scan.h"

/* Reached through -Wl,--wrap=getopt_long_only: "-name" is tried as a long
 * option first. */
int __wrap_getopt_long_only(int argc, char *const *argv, const char *optstring,
	const struct option *longopts, int *longindex)
{
	return __lwb_getopt_scan(argc, argv, optstring, longopts, longindex, 1, 0);
}
