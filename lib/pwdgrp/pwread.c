#define _GNU_SOURCE
#include <errno.h>
#include "pwent.h"

int __lwb_pwread(FILE *f, struct passwd *pw, char *buf, size_t buflen)
{
	size_t len;
	int err;
	char *line;

	while ((line = __lwb_next_line(f, buf, buflen, &err, &len)))
		if (!__lwb_pwparse(line, pw))
			return 0;
	return err;
}
