#define _GNU_SOURCE
#include "spent.h"

int __lwb_spread(FILE *f, struct spwd *sp, char *buf, size_t buflen)
{
	off_t start;
	int err;
	char *line;

	while ((line = __lwb_next_line(f, buf, buflen, &err, &start)))
		if (!__lwb_spparse(line, sp))
			return 0;
	return err;
}
