#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "netgr.h"

void __lwb_netgr_free(struct __lwb_netgr *w)
{
	size_t i;

	for (i = 0; i < w->npending; i++)
		free(w->pending[i]);
	for (i = 0; i < w->nseen; i++)
		free(w->seen[i]);
	free(w->pending);
	free(w->seen);
	free(w->text);
	memset(w, 0, sizeof *w);
}

static int add(char ***v, size_t *n, const char *s, size_t len)
{
	char **nv = realloc(*v, (*n + 1) * sizeof **v);

	if (!nv)
		return -1;
	*v = nv;
	nv[*n] = strndup(s, len);
	if (!nv[*n])
		return -1;
	(*n)++;
	return 0;
}

static int known(char **v, size_t n, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strncmp(v[i], s, len) && !v[i][len])
			return 1;
	return 0;
}

int __lwb_netgr_start(struct __lwb_netgr *w, const char *group)
{
	int r;

	__lwb_netgr_free(w);
	r = __lwb_netgr_find(group, &w->text);
	if (r == 1 && add(&w->seen, &w->nseen, group, strlen(group))) {
		__lwb_netgr_free(w);
		errno = ENOMEM;
		return -1;
	}
	return r;
}

static const char *skip_space(const char *p)
{
	while (isspace((unsigned char)*p))
		p++;
	return p;
}

/* One field of a triple: skips white space, takes what comes before the
 * next white space or stop byte, then goes on to the next stop byte (so
 * "(a b,c,d)" has the host "a", and "(a,b,c,d)" the domain "c,d").
 * Returns the stop byte, NULL when there is none. */
static const char *field(const char *p, int stop, const char **start, size_t *len)
{
	p = skip_space(p);
	*start = p;
	while (*p && *p != stop && !isspace((unsigned char)*p))
		p++;
	*len = p - *start;
	return strchr(p, stop);
}

static char *put(char **out, const char *s, size_t len)
{
	char *r = *out;

	if (!len)
		return NULL;
	memcpy(r, s, len);
	r[len] = 0;
	*out += len + 1;
	return r;
}

/* Reads what follows "(" at p. A triple needs the bytes from there to its
 * ")" plus one: glibc copies that text into the buffer. One lacking a
 * delimiter takes the rest of the text and gives nothing. */
static int triple(struct __lwb_netgr *w, const char *p, char **host, char **user,
	char **domain, char *buf, size_t buflen)
{
	const char *s[3], *q = p;
	size_t len[3];
	char *out = buf;

	if (!(q = field(q, ',', &s[0], &len[0])) || !(q = field(q + 1, ',', &s[1], &len[1]))
		|| !(q = field(q + 1, ')', &s[2], &len[2]))) {
		w->pos = strlen(w->text);
		return 0;
	}
	if ((size_t)(q - p) + 1 > buflen)
		return ERANGE;
	w->pos = q + 1 - w->text;
	*host = put(&out, s[0], len[0]);
	*user = put(&out, s[1], len[1]);
	*domain = put(&out, s[2], len[2]);
	return 1;
}

int __lwb_netgr_next(struct __lwb_netgr *w, char **host, char **user,
	char **domain, char *buf, size_t buflen)
{
	const char *p, *e;
	char *name;
	int r;

	while (w->text) {
		p = skip_space(w->text + w->pos);
		w->pos = p - w->text;
		if (*p == '(') {
			r = triple(w, p + 1, host, user, domain, buf, buflen);
			if (r)
				return r;
			continue;
		}
		if (*p) {
			/* A group named among the members: queued once. */
			for (e = p; *e && !isspace((unsigned char)*e); e++)
				;
			w->pos = e - w->text;
			if (!known(w->seen, w->nseen, p, e - p)
				&& (add(&w->seen, &w->nseen, p, e - p)
				|| add(&w->pending, &w->npending, p, e - p)))
				return ENOMEM;
			continue;
		}
		free(w->text);
		w->text = NULL;
		w->pos = 0;
		while (!w->text && w->npending) {
			name = w->pending[--w->npending];
			if (__lwb_netgr_find(name, &w->text) < 0 && errno == ENOMEM) {
				free(name);
				return ENOMEM;
			}
			free(name);
		}
	}
	return 0;
}
