#define _GNU_SOURCE
#include <errno.h>
#include "pwent.h"

int __lwb_pwread(FILE *f, struct passwd *pw, char *buf, size_t buflen)
{
	off_t start;
	int err;
	char *line;

	while ((line = __lwb_next_line(f, buf, buflen, &err, &start)))
		if (!__lwb_pwparse(line, pw))
			return 0;
	return err;
}
