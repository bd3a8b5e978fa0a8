/* A unit with _GNU_SOURCE: GNU getopt (see posix.c). */
#define _GNU_SOURCE
#include <unistd.h>

int call_gnu_source(int argc, char **argv, const char *optstring);

int call_gnu_source(int argc, char **argv, const char *optstring)
{
	return getopt(argc, argv, optstring);
}
