#define _GNU_SOURCE
#include <errno.h>
#include <gshadow.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"
#include "sgtrace.h"

static void list(struct acct_trace *t, char **v)
{
	if (!v) {
		acct_printf(t, "(null)");
		return;
	}
	acct_printf(t, "[");
	for (; *v; v++) {
		acct_str(t, *v);
		if (v[1])
			acct_printf(t, ",");
	}
	acct_printf(t, "]");
}

void sg_record(struct acct_trace *t, const struct sgrp *sg)
{
	if (!sg) {
		acct_printf(t, " -\n");
		return;
	}
	acct_printf(t, " ");
	acct_str(t, sg->sg_namp);
	acct_printf(t, " ");
	acct_str(t, sg->sg_passwd);
	acct_printf(t, " adm=");
	list(t, sg->sg_adm);
	acct_printf(t, " mem=");
	list(t, sg->sg_mem);
	acct_printf(t, "\n");
}

struct call {
	struct acct_call c;
	struct sgrp sg, *r;
	int (*fn)(struct call *, char *, size_t);
};

static int call_ent(struct call *c, char *buf, size_t n)
{
	return getsgent_r(&c->sg, buf, n, &c->r);
}

static int call_nam(struct call *c, char *buf, size_t n)
{
	return getsgnam_r(c->c.name, &c->sg, buf, n, &c->r);
}

static int call_fget(struct call *c, char *buf, size_t n)
{
	return fgetsgent_r(c->c.f, &c->sg, buf, n, &c->r);
}

static int call_sget(struct call *c, char *buf, size_t n)
{
	return sgetsgent_r(c->c.name, &c->sg, buf, n, &c->r);
}

static int call(struct acct_call *ac, char *buf, size_t n, char *state)
{
	struct call *c = (struct call *)ac;
	struct sgrp *untouched = &c->sg + 1;
	int rc;

	c->r = untouched;
	rc = c->fn(c, buf, n);
	*state = c->r == untouched ? 'U' : c->r == &c->sg ? 'S' : c->r ? '?' : 'N';
	return rc;
}

static void print(struct acct_call *ac, struct acct_trace *t)
{
	sg_record(t, ((struct call *)ac)->r);
}

static int smallest(struct acct_trace *t, const char *what, struct call *c, char *buf)
{
	c->c.call = call;
	c->c.print = print;
	return acct_smallest(t, what, &c->c, buf);
}

static void nonreentrant(struct acct_trace *t, const char *what, struct sgrp *sg)
{
	acct_printf(t, "%s errno=%d", what, sg ? 0 : errno);
	sg_record(t, sg);
}

void sg_trace_all(struct acct_trace *t, const char *path, const char *const *names)
{
	char *buf = malloc(ACCT_MAXBUF), *line = NULL;
	struct call c = {0};
	struct sgrp *sg;
	size_t cap = 0;
	FILE *f;

	ck_assert(buf != NULL);
	setsgent();
	c.fn = call_ent;
	while (smallest(t, "getsgent_r", &c, buf))
		;
	endsgent();
	errno = 0;
	while ((sg = getsgent()))
		nonreentrant(t, "getsgent", sg);
	nonreentrant(t, "getsgent", sg);
	endsgent();
	c.fn = call_nam;
	for (size_t i = 0; names[i]; i++) {
		acct_printf(t, "name ");
		acct_str(t, names[i]);
		acct_printf(t, "\n");
		c.c.name = names[i];
		smallest(t, "getsgnam_r", &c, buf);
		errno = 0;
		nonreentrant(t, "getsgnam", getsgnam(names[i]));
	}
	if (!path) {
		free(buf);
		return;
	}
	f = fopen(path, "r");
	ck_assert(f != NULL);
	c.fn = call_fget;
	c.c.f = f;
	/* A buffer that is not aligned for pointers moves the threshold. */
	while (smallest(t, "fgetsgent_r", &c, buf + 3))
		;
	rewind(f);
	errno = 0;
	while ((sg = fgetsgent(f)))
		nonreentrant(t, "fgetsgent", sg);
	nonreentrant(t, "fgetsgent", sg);
	rewind(f);
	c.fn = call_sget;
	while (getline(&line, &cap, f) > 0) {
		c.c.name = line;
		acct_printf(t, "line ");
		acct_str(t, line);
		acct_printf(t, "\n");
		smallest(t, "sgetsgent_r", &c, buf);
		errno = 0;
		nonreentrant(t, "sgetsgent", sgetsgent(line));
	}
	free(line);
	fclose(f);
	free(buf);
}
