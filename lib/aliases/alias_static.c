#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "alias.h"

/* Each attempt starts from the caller's errno: an ERANGE on the way to
 * the entry is not reported. */
struct aliasent *__lwb_alias_static(struct __lwb_alias_static *st,
	int (*get)(const void *, struct aliasent *, char *, size_t, struct aliasent **),
	const void *arg)
{
	struct aliasent *result;
	int err, saved = errno;
	char *p;

	for (;;) {
		if (!st->buf) {
			st->buf = malloc(1024);
			if (!st->buf)
				return NULL;
			st->size = 1024;
		}
		errno = saved;
		err = get(arg, &st->ae, st->buf, st->size, &result);
		if (err != ERANGE)
			return result;
		p = st->size > SIZE_MAX / 2 ? NULL : realloc(st->buf, st->size * 2);
		if (!p) {
			errno = ENOMEM;
			return NULL;
		}
		st->buf = p;
		st->size *= 2;
	}
}
