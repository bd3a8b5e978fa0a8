/*
 * The options argp_parse adds to every parser tree: --help (-?) and
 * --usage unless ARGP_NO_HELP, the hidden --program-name and --HANG, and
 * -V/--version when the program has a version string or hook. Their texts,
 * keys' letters and groups are glibc's, as its --help shows them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "argp_int.h"

enum { OPT_PROGNAME = -2, OPT_USAGE = -3, OPT_HANG = -4 };

static const struct argp_option default_options[] = {
	{ "help", '?', 0, 0, "Give this help list", -1 },
	{ "usage", OPT_USAGE, 0, 0, "Give a short usage message", 0 },
	{ "program-name", OPT_PROGNAME, "NAME", OPTION_HIDDEN, "Set the program name", 0 },
	{ "HANG", OPT_HANG, "SECS", OPTION_ARG_OPTIONAL | OPTION_HIDDEN,
		"Hang for SECS seconds (default 3600)", 0 },
	{ 0 }
};

static error_t default_parser(int key, char *arg, struct argp_state *state)
{
	int secs;

	switch (key) {
	case '?':
		argp_state_help(state, state->out_stream, ARGP_HELP_STD_HELP);
		return 0;
	case OPT_USAGE:
		argp_state_help(state, state->out_stream, ARGP_HELP_USAGE | ARGP_HELP_EXIT_OK);
		return 0;
	case OPT_PROGNAME: {
		char *slash = strrchr(arg, '/');
		program_invocation_name = arg;
		program_invocation_short_name = slash ? slash + 1 : arg;
		state->name = program_invocation_short_name;
		return 0;
	}
	case OPT_HANG:
		/* A debugging aid: time to attach a debugger. */
		secs = arg ? atoi(arg) : 3600;
		while (secs-- > 0)
			sleep(1);
		return 0;
	}
	return ARGP_ERR_UNKNOWN;
}

/* The texts go through the "libc" text domain, as glibc's own. */
const struct argp __lwb_argp_default = {
	default_options, default_parser, NULL, NULL, NULL, NULL, "libc"
};

static const struct argp_option version_options[] = {
	{ "version", 'V', 0, 0, "Print program version", -1 },
	{ 0 }
};

static error_t version_parser(int key, char *arg, struct argp_state *state)
{
	(void)arg;
	if (key != 'V')
		return ARGP_ERR_UNKNOWN;
	if (argp_program_version_hook)
		argp_program_version_hook(state->out_stream, state);
	else if (argp_program_version)
		fprintf(state->out_stream, "%s\n", argp_program_version);
	else
		argp_error(state, "%s", __lwb_argp_msg("(PROGRAM ERROR) No version known!?"));
	if (!(state->flags & ARGP_NO_EXIT))
		exit(0);
	return 0;
}

const struct argp __lwb_argp_version = {
	version_options, version_parser, NULL, NULL, NULL, NULL, "libc"
};
