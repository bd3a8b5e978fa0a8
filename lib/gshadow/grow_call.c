#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include "files.h"

int __lwb_grow_call(char **buf, size_t *size,
	int (*get)(const void *ctx, char *buf, size_t size), const void *ctx)
{
	size_t want = *buf ? *size : 1024;
	char *p;
	int err;

	for (;;) {
		if (!*buf || want != *size) {
			p = want ? realloc(*buf, want) : NULL;
			if (!p) {
				errno = ENOMEM;
				return ENOMEM;
			}
			*buf = p;
			*size = want;
		}
		err = get(ctx, *buf, *size);
		if (err != ERANGE)
			return err;
		want = *size > (size_t)-1 / 2 ? 0 : *size * 2;
	}
}
