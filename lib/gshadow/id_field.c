#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "files.h"

int __lwb_id_field(char **s, int nis, unsigned *id)
{
	int colon = strchr(*s, ':') != NULL;
	char *f = __lwb_field(s), *end;
	unsigned long v;

	if (!*f) {
		*id = 0;
		return nis && colon ? 0 : -1;
	}
	v = strtoul(f, &end, 10);
	if (end == f || *end || v > 0xffffffffUL)
		return -1;
	*id = v;
	return 0;
}
