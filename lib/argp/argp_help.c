#include "argp_int.h"

/* The help for argp outside any parse: no parse state, so no input for
 * help filters, messages under the given name, and never an exit. */
void argp_help(const struct argp *argp, FILE *stream, unsigned flags, char *name)
{
	__lwb_argp_help(argp, NULL, stream, flags, name);
}
