#define _GNU_SOURCE
#include <string.h>
#include "files.h"

char *__lwb_field(char **s)
{
	char *f = *s, *e = strchr(f, ':');

	if (e) {
		*e = 0;
		*s = e + 1;
	} else {
		*s = f + strlen(f);
	}
	return f;
}

int __lwb_valid_field(const char *s, int list)
{
	return !s || !s[strcspn(s, list ? ":\n," : ":\n")];
}
