#define _GNU_SOURCE
#include <errno.h>
#include "pwent.h"

int __lwb_grread(FILE *f, struct group *gr, char *buf, size_t buflen)
{
	off_t start;
	int err;
	char *line;

	while ((line = __lwb_next_line(f, buf, buflen, &err, &start))) {
		err = __lwb_grparse(line, gr, buf, buflen);
		if (err == ERANGE && start >= 0)
			fseeko(f, start, SEEK_SET);
		if (err >= 0)
			return err;
	}
	return err;
}
