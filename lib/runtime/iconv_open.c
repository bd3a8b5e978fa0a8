#define _GNU_SOURCE
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "runtime.h"

iconv_t __real_iconv_open(const char *, const char *);
int __real_iconv_close(iconv_t);

/* Splits "NAME//SUFFIX//SUFFIX" (or "NAME//SUFFIX,SUFFIX") into a copy of
 * NAME and the TRANSLIT and IGNORE flags; other suffixes are ignored, as
 * glibc ignores them. -1 for a name too long to be one. */
static int split(const char *code, char *name, size_t size, int *translit, int *ignore)
{
	const char *sfx = strstr(code, "//");
	size_t len;

	if (!sfx)
		return 0;
	if ((size_t)(sfx - code) >= size)
		return -1;
	memcpy(name, code, sfx - code);
	name[sfx - code] = 0;
	for (sfx += 2; *sfx; sfx += len) {
		while (*sfx == '/' || *sfx == ',')
			sfx++;
		len = strcspn(sfx, "/,");
		if (len == 8 && strncasecmp(sfx, "TRANSLIT", 8) == 0)
			*translit = 1;
		else if (len == 6 && strncasecmp(sfx, "IGNORE", 6) == 0)
			*ignore = 1;
	}
	return 1;
}

static iconv_t tagged(struct lwb_iconv *h)
{
	return (iconv_t)((char *)h + ICONV_TAG);
}

iconv_t __wrap_iconv_open(const char *to, const char *from)
{
	char to_name[64], from_name[64];
	int translit = 0, ignore = 0, st, sf;
	struct lwb_iconv *h;
	iconv_t cd;

	st = split(to, to_name, sizeof to_name, &translit, &ignore);
	sf = split(from, from_name, sizeof from_name, &(int){ 0 }, &(int){ 0 });
	if (st < 0 || sf < 0 || (!translit && !ignore)) {
		cd = __real_iconv_open(st > 0 ? to_name : to, sf > 0 ? from_name : from);
		if (cd == (iconv_t)-1 || ((uintptr_t)cd & 3) != ICONV_TAG)
			return cd;
		/* A musl descriptor that looks like ours: keep it inside one. */
		h = calloc(1, sizeof *h);
		if (!h) {
			__real_iconv_close(cd);
			errno = ENOMEM;
			return (iconv_t)-1;
		}
		h->plain = cd;
		return tagged(h);
	}
	h = calloc(1, sizeof *h);
	if (!h) {
		errno = ENOMEM;
		return (iconv_t)-1;
	}
	h->plain = (iconv_t)-1;
	h->translit = translit;
	h->ignore = ignore;
	h->utf8_locale = MB_CUR_MAX > 1;
	h->dec = __real_iconv_open("UTF-32LE", sf ? from_name : from);
	h->enc = __real_iconv_open(st ? to_name : to, "UTF-32LE");
	if (h->dec == (iconv_t)-1 || h->enc == (iconv_t)-1) {
		if (h->dec != (iconv_t)-1)
			__real_iconv_close(h->dec);
		if (h->enc != (iconv_t)-1)
			__real_iconv_close(h->enc);
		free(h);
		errno = EINVAL;
		return (iconv_t)-1;
	}
	return tagged(h);
}
