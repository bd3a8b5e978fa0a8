#define _GNU_SOURCE
#include <ctype.h>
#include <stddef.h>
#include "files.h"

size_t __lwb_split_list(char *s, char **v, size_t room)
{
	size_t n = 0;
	char *e;

	while (*s) {
		while (isspace((unsigned char)*s))
			s++;
		for (e = s; *e && *e != ','; e++)
			;
		if (e != s) {
			if (n + 1 < room)
				v[n] = s;
			n++;
		}
		if (!*e)
			break;
		*e = 0;
		s = e + 1;
	}
	if (n < room)
		v[n] = NULL;
	return n;
}
