#include "scan.h"

/* Reached through -Wl,--wrap=getopt_long. */
int __wrap_getopt_long(int argc, char *const *argv, const char *optstring,
	const struct option *longopts, int *longindex)
{
	return __lwb_getopt_scan(argc, argv, optstring, longopts, longindex, 0, 0);
}
