/* The argument scanner behind getopt, getopt_long and getopt_long_only.
 * Internal to the module. */
#ifndef LWB_GETOPT_SCAN_H
#define LWB_GETOPT_SCAN_H

#include <getopt.h>
#include "../lwb.h"

/* How non-options are treated, chosen when a scan starts. */
enum {
	LWB_PERMUTE,		/* skip them, move them to the end (the GNU default) */
	LWB_REQUIRE_ORDER,	/* stop at the first ('+', POSIXLY_CORRECT) */
	LWB_RETURN_IN_ORDER,	/* return each as option 1 ('-') */
};

/* glibc keeps optarg and optopt privately and copies them to the public
 * variables at the end of every call (a caller's own stores to optopt are
 * overwritten even by a successful call); optind and opterr are read from
 * the public variables at every call. The same state serves all three
 * functions, as in glibc. */
struct __lwb_getopt_state {
	int initialized;
	int ordering;
	const char *nextchar;	/* rest of the current cluster, "" or NULL when done */
	int first_nonopt;	/* skipped non-options are argv[first_nonopt..last_nonopt) */
	int last_nonopt;
	int optind;
	char *optarg;
	int optopt;
};

/* One call of the scanner. posix forces REQUIRE_ORDER (the POSIX getopt
 * that glibc binds for strict-POSIX callers). */
LWB_HIDDEN int __lwb_getopt_scan(int argc, char *const *argv, const char *optstring,
	const struct option *longopts, int *longindex, int long_only, int posix);

/* Match the long option at st->nextchar ("name" or "name=value" after
 * prefix, which is "--", "-" or "-W " and is used in messages). Returns what
 * the scanner returns, or -1 when long_only may still read argv[optind] as
 * short options (fallback). */
LWB_HIDDEN int __lwb_getopt_long_option(struct __lwb_getopt_state *st, int argc,
	char *const *argv, const char *optstring, const struct option *longopts,
	int *longindex, int long_only, int fallback, const char *prefix, int print_errors);

int __wrap_getopt(int, char *const *, const char *);
int __wrap_getopt_long(int, char *const *, const char *, const struct option *, int *);
int __wrap_getopt_long_only(int, char *const *, const char *, const struct option *, int *);
int __lwb_posix_getopt(int, char *const *, const char *);

#endif
