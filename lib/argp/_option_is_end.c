#include "argp_int.h"

int _option_is_end(const struct argp_option *opt)
{
	return !opt->key && !opt->name && !opt->doc && !opt->group;
}
