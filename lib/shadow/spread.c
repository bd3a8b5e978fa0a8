#define _GNU_SOURCE
#include "spent.h"

int __lwb_spread(FILE *f, struct spwd *sp, char *buf, size_t buflen)
{
	size_t len;
	int err;
	char *line;

	while ((line = __lwb_next_line(f, buf, buflen, &err, &len)))
		if (!__lwb_spparse(line, sp))
			return 0;
	return err;
}
