#include <ctype.h>
#include <limits.h>
#include "argp_int.h"

/* A key that is a printable character names a short option, unless the
 * entry is documentation. */
int _option_is_short(const struct argp_option *opt)
{
	if (opt->flags & OPTION_DOC)
		return 0;
	return opt->key > 0 && opt->key <= UCHAR_MAX && isprint(opt->key);
}
