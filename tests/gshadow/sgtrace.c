#define _GNU_SOURCE
#include <errno.h>
#include <gshadow.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"
#include "sgtrace.h"

#define MAXBUF (1 << 20)

size_t acct_next_size(size_t n)
{
	return n < 1024 ? n + 1 : n + 7;
}

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

/* One call of an _r function at the smallest buffer it accepts. The
 * calls with smaller buffers are summed up as runs of what they left in
 * the result pointer (N for NULL, U untouched) and errno (E for ERANGE,
 * anything else as o): glibc does not always clear the result. */
struct call {
	int (*fn)(struct call *, struct sgrp *, char *, size_t, struct sgrp **);
	const char *name;
	FILE *f;
};

static int call_ent(struct call *c, struct sgrp *sg, char *buf, size_t n, struct sgrp **r)
{
	(void)c;
	return getsgent_r(sg, buf, n, r);
}

static int call_nam(struct call *c, struct sgrp *sg, char *buf, size_t n, struct sgrp **r)
{
	return getsgnam_r(c->name, sg, buf, n, r);
}

static int call_fget(struct call *c, struct sgrp *sg, char *buf, size_t n, struct sgrp **r)
{
	return fgetsgent_r(c->f, sg, buf, n, r);
}

static int call_sget(struct call *c, struct sgrp *sg, char *buf, size_t n, struct sgrp **r)
{
	return sgetsgent_r(c->name, sg, buf, n, r);
}

static void run(struct acct_trace *t, char state[2], size_t count)
{
	if (count)
		acct_printf(t, " %c%c%zu", state[0], state[1], count);
}

static int smallest(struct acct_trace *t, const char *what, struct call *c, char *buf)
{
	struct sgrp sg, *r, *untouched = (struct sgrp *)&sg + 1;
	char state[2] = "", prev[2] = "";
	size_t n, count = 0;
	int rc;

	acct_printf(t, "%s", what);
	for (n = 0; n < MAXBUF; n = acct_next_size(n)) {
		r = untouched;
		errno = 0;
		rc = c->fn(c, &sg, buf, n, &r);
		if (rc != ERANGE)
			break;
		state[0] = r == untouched ? 'U' : r ? 'S' : 'N';
		state[1] = errno == ERANGE ? 'E' : 'o';
		if (count && memcmp(state, prev, 2)) {
			run(t, prev, count);
			count = 0;
		}
		memcpy(prev, state, 2);
		count++;
	}
	run(t, prev, count);
	acct_printf(t, " size=%zu rc=%d errno=%d", n, rc, errno);
	if (r == untouched) {
		acct_printf(t, " untouched\n");
		return 0;
	}
	sg_record(t, r);
	return rc == 0 && r;
}

static void nonreentrant(struct acct_trace *t, const char *what, struct sgrp *sg)
{
	acct_printf(t, "%s errno=%d", what, sg ? 0 : errno);
	sg_record(t, sg);
}

void sg_trace_all(struct acct_trace *t, const char *path, const char *const *names)
{
	char *buf = malloc(MAXBUF), *line = NULL;
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
		c.name = names[i];
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
	c.f = f;
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
		c.name = line;
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
