/* Run a whole getopt scan and describe it as one string, for the getopt
 * suites (built for musl with libwildebeest and for glibc alone). */
#ifndef SCANTEST_H
#define SCANTEST_H

#include <getopt.h>

enum { SCAN_GETOPT, SCAN_LONG, SCAN_LONG_ONLY };

/* Scans {"prog", args..., NULL} with the function chosen, from optind = 0
 * (a fresh scan), until -1 or 100 calls. Each call is written as
 *   RET[=OPTARG][!OPTOPT][#LONGINDEX]@OPTIND
 * RET is the character returned when printable and not a digit or '-',
 * otherwise the number; !OPTOPT is shown after '?' and ':' (printable as
 * a character, else a number); #LONGINDEX when the call stored one. After
 * " | " comes argv[1..] as the scan left it. What getopt wrote to stderr is
 * in scan_err. The string is valid until the next call. */
const char *scan(int fn, const char *optstring, const struct option *longopts,
	const char *const *args);
const char *scan_prog(int fn, const char *prog, const char *optstring,
	const struct option *longopts, const char *const *args);

/* Continue a scan (optind as the caller left it, no reset) on the argv of
 * the last scan() call. */
const char *scan_more(int fn, const char *optstring, const struct option *longopts);

extern char scan_err[4096];

/* Start capturing stderr into scan_err / stop. */
void capture_start(void);
void capture_stop(void);

#define ARGS(...) ((const char *const[]){ __VA_ARGS__, 0 })
#define NOARGS ((const char *const[]){ 0 })

#endif
