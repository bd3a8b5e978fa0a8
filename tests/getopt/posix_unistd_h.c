/* Strict POSIX with <getopt.h> after <unistd.h>: still the POSIX getopt
 * (see posix.c). */
#define _POSIX_C_SOURCE 200809L
#include <unistd.h>
#include <getopt.h>

int call_unistd_h_first(int argc, char **argv, const char *optstring);

int call_unistd_h_first(int argc, char **argv, const char *optstring)
{
	return getopt(argc, argv, optstring);
}
