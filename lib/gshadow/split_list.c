#define _GNU_SOURCE
#include <ctype.h>
#include <stddef.h>
#include "files.h"

size_t __lwb_split_list(char *s, char **v)
{
	size_t n = 0;
	char *e;

	while (*s) {
		while (isspace((unsigned char)*s))
			s++;
		for (e = s; *e && *e != ','; e++)
			;
		if (e != s) {
			if (v)
				v[n] = s;
			n++;
		}
		if (!*e)
			break;
		if (v)
			*e = 0;
		s = e + 1;
	}
	if (v)
		v[n] = NULL;
	return n;
}
