#include "argp_int.h"

void argp_usage(const struct argp_state *state)
{
	argp_state_help(state, state ? state->err_stream : stderr, ARGP_HELP_STD_USAGE);
}
