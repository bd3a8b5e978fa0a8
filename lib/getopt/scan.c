#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "scan.h"

static struct __lwb_getopt_state state;

static int is_nonoption(const char *arg)
{
	return arg[0] != '-' || arg[1] == '\0';
}

static void reverse(char **v, int from, int to)
{
	for (to--; from < to; from++, to--) {
		char *t = v[from];

		v[from] = v[to];
		v[to] = t;
	}
}

/* The non-options skipped so far, argv[first_nonopt..last_nonopt), are
 * followed by the options consumed since, argv[last_nonopt..optind). Swap
 * the two runs, keeping the order within each (three reversals, in place),
 * so the skipped block again ends where scanning resumes. glibc's argv is
 * "char *const *" but GNU getopt has always reordered it. */
static void move_skipped(struct __lwb_getopt_state *st, char *const *cargv)
{
	char **argv = (char **)cargv;
	int options = st->optind - st->last_nonopt;

	reverse(argv, st->first_nonopt, st->optind);
	reverse(argv, st->first_nonopt, st->first_nonopt + options);
	reverse(argv, st->first_nonopt + options, st->optind);
	st->first_nonopt += options;
	st->last_nonopt = st->optind;
}

static const char *start_scan(struct __lwb_getopt_state *st, const char *optstring, int posix)
{
	if (st->optind == 0)
		st->optind = 1;
	st->first_nonopt = st->last_nonopt = st->optind;
	st->nextchar = 0;
	if (optstring[0] == '-') {
		st->ordering = LWB_RETURN_IN_ORDER;
		optstring++;
	} else if (optstring[0] == '+') {
		st->ordering = LWB_REQUIRE_ORDER;
		optstring++;
	} else if (posix || getenv("POSIXLY_CORRECT")) {
		st->ordering = LWB_REQUIRE_ORDER;
	} else {
		st->ordering = LWB_PERMUTE;
	}
	st->initialized = 1;
	return optstring;
}

/* Find the next element to scan; returns 0 with st->nextchar set when it
 * holds short options, or the value for the caller. */
static int next_element(struct __lwb_getopt_state *st, int argc, char *const *argv,
	const char *optstring, const struct option *longopts, int *longindex,
	int long_only, int print_errors)
{
	/* A caller that moved optind back (to rescan) moves the skipped
	 * block with it. */
	if (st->last_nonopt > st->optind)
		st->last_nonopt = st->optind;
	if (st->first_nonopt > st->optind)
		st->first_nonopt = st->optind;

	if (st->ordering == LWB_PERMUTE) {
		if (st->first_nonopt != st->last_nonopt && st->last_nonopt != st->optind)
			move_skipped(st, argv);
		else if (st->last_nonopt != st->optind)
			st->first_nonopt = st->optind;
		while (st->optind < argc && is_nonoption(argv[st->optind]))
			st->optind++;
		st->last_nonopt = st->optind;
	}

	/* "--" ends the options; what follows joins the non-options. */
	if (st->optind < argc && !strcmp(argv[st->optind], "--")) {
		st->optind++;
		if (st->first_nonopt != st->last_nonopt)
			move_skipped(st, argv);
		else
			st->first_nonopt = st->optind;
		st->last_nonopt = argc;
		st->optind = argc;
	}

	if (st->optind >= argc) {
		/* Point at the non-options, now at the end. */
		if (st->first_nonopt != st->last_nonopt)
			st->optind = st->first_nonopt;
		return -1;
	}

	if (is_nonoption(argv[st->optind])) {
		if (st->ordering == LWB_REQUIRE_ORDER)
			return -1;
		st->optarg = argv[st->optind++];
		return 1;
	}

	if (longopts) {
		const char *arg = argv[st->optind];

		if (arg[1] == '-') {
			st->nextchar = arg + 2;
			return __lwb_getopt_long_option(st, argc, argv, optstring, longopts,
				longindex, long_only, 0, "--", print_errors);
		}
		/* getopt_long_only reads "-name" as a long option unless it is a
		 * single character the option string knows. */
		if (long_only && (arg[2] || !strchr(optstring, arg[1]))) {
			int r;

			st->nextchar = arg + 1;
			r = __lwb_getopt_long_option(st, argc, argv, optstring, longopts,
				longindex, 1, 1, "-", print_errors);
			if (r != -1)
				return r;
		}
	}
	st->nextchar = argv[st->optind] + 1;
	return 0;
}

static int short_option(struct __lwb_getopt_state *st, int argc, char *const *argv,
	const char *optstring, const struct option *longopts, int *longindex,
	int print_errors)
{
	char c = *st->nextchar++;
	const char *spec = strchr(optstring, c);

	if (*st->nextchar == '\0')
		st->optind++;

	if (!spec || c == ':' || c == ';') {
		if (print_errors)
			fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
		st->optopt = c;
		return '?';
	}

	/* "W;" in the option string: "-W name" is "--name". */
	if (spec[0] == 'W' && spec[1] == ';' && longopts) {
		if (*st->nextchar == '\0') {
			if (st->optind == argc) {
				if (print_errors)
					fprintf(stderr, "%s: option requires an argument -- '%c'\n",
						argv[0], c);
				st->optopt = c;
				return optstring[0] == ':' ? ':' : '?';
			}
			st->nextchar = argv[st->optind];
		}
		return __lwb_getopt_long_option(st, argc, argv, optstring, longopts,
			longindex, 0, 0, "-W ", print_errors);
	}

	if (spec[1] != ':')
		return c;

	if (spec[2] == ':') {
		/* Optional: only an argument in the same element counts. */
		if (*st->nextchar) {
			st->optarg = (char *)st->nextchar;
			st->optind++;
		} else {
			st->optarg = 0;
		}
	} else if (*st->nextchar) {
		st->optarg = (char *)st->nextchar;
		st->optind++;
	} else if (st->optind == argc) {
		if (print_errors)
			fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
		st->optopt = c;
		c = optstring[0] == ':' ? ':' : '?';
	} else {
		st->optarg = argv[st->optind++];
	}
	st->nextchar = 0;
	return c;
}

static int scan(struct __lwb_getopt_state *st, int argc, char *const *argv,
	const char *optstring, const struct option *longopts, int *longindex,
	int long_only, int posix)
{
	int print_errors = opterr;
	int r;

	if (argc < 1)
		return -1;
	st->optarg = 0;

	if (st->optind == 0 || !st->initialized)
		optstring = start_scan(st, optstring, posix);
	else if (optstring[0] == '-' || optstring[0] == '+')
		optstring++;
	if (optstring[0] == ':')
		print_errors = 0;

	if (!st->nextchar || *st->nextchar == '\0') {
		r = next_element(st, argc, argv, optstring, longopts, longindex,
			long_only, print_errors);
		if (!st->nextchar || *st->nextchar == '\0')
			return r;
	}
	return short_option(st, argc, argv, optstring, longopts, longindex, print_errors);
}

int __lwb_getopt_scan(int argc, char *const *argv, const char *optstring,
	const struct option *longopts, int *longindex, int long_only, int posix)
{
	int r;

	state.optind = optind;
#ifndef __GLIBC__
	/* musl's BSD-style reset: setting optreset restarts the scan at 1. */
	if (optreset) {
		optreset = 0;
		state.optind = 0;
	}
#endif
	r = scan(&state, argc, argv, optstring, longopts, longindex, long_only, posix);
	optind = state.optind;
	optarg = state.optarg;
	optopt = state.optopt;
	return r;
}
