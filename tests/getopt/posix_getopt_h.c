/* Strict POSIX, but <getopt.h> came first: GNU getopt (see posix.c). */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <unistd.h>

int call_getopt_h_first(int argc, char **argv, const char *optstring);

int call_getopt_h_first(int argc, char **argv, const char *optstring)
{
	return getopt(argc, argv, optstring);
}
