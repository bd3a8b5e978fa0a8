#include <stdlib.h>
#include "argp_int.h"

/* Help from inside a parse: silenced by ARGP_NO_ERRS, and exits (unless
 * ARGP_NO_EXIT) as the flags ask; the exit is skipped when the output is. */
void argp_state_help(const struct argp_state *state, FILE *stream, unsigned flags)
{
	if (state && (state->flags & ARGP_NO_ERRS))
		return;
	if (!stream)
		return;
	if (state && (state->flags & ARGP_LONG_ONLY))
		flags |= ARGP_HELP_LONG_ONLY;
	__lwb_argp_help(state ? state->root_argp : NULL, state, stream, flags,
		state ? state->name : __lwb_argp_short_name());
	if (!state || !(state->flags & ARGP_NO_EXIT)) {
		if (flags & ARGP_HELP_EXIT_ERR)
			exit(argp_err_exit_status);
		if (flags & ARGP_HELP_EXIT_OK)
			exit(0);
	}
}
