#include "argp_int.h"

/* The input argp_parse gave the parser argp in this parse, or NULL. */
void *_argp_input(const struct argp *argp, const struct argp_state *state)
{
	const struct __lwb_argp_pstate *ps;
	size_t i;

	if (!state || !state->pstate)
		return NULL;
	ps = state->pstate;
	for (i = 0; i < ps->ngroups; i++)
		if (ps->groups[i].argp == argp)
			return ps->groups[i].input;
	return NULL;
}
