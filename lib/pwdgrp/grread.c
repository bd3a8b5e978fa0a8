#define _GNU_SOURCE
#include <errno.h>
#include "pwent.h"

int __lwb_grread(FILE *f, struct group *gr, char *buf, size_t buflen)
{
	size_t len;
	int err;
	char *line;

	while ((line = __lwb_next_line(f, buf, buflen, &err, &len))) {
		err = __lwb_grparse(line, gr, buf, buflen);
		if (err == ERANGE)
			__lwb_unread(f, len);
		if (err >= 0)
			return err;
	}
	return err;
}
