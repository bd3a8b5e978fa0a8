/* Traces of the passwd and group functions over fixtures (tests/pwdgrp). */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"
#include "pwtrace.h"

void pw_record(struct acct_trace *t, const struct passwd *pw)
{
	if (!pw) {
		acct_printf(t, " -\n");
		return;
	}
	acct_printf(t, " ");
	acct_str(t, pw->pw_name);
	acct_printf(t, " ");
	acct_str(t, pw->pw_passwd);
	acct_printf(t, " %u %u ", (unsigned)pw->pw_uid, (unsigned)pw->pw_gid);
	acct_str(t, pw->pw_gecos);
	acct_printf(t, " ");
	acct_str(t, pw->pw_dir);
	acct_printf(t, " ");
	acct_str(t, pw->pw_shell);
	acct_printf(t, "\n");
}

void gr_record(struct acct_trace *t, const struct group *gr)
{
	if (!gr) {
		acct_printf(t, " -\n");
		return;
	}
	acct_printf(t, " ");
	acct_str(t, gr->gr_name);
	acct_printf(t, " ");
	acct_str(t, gr->gr_passwd);
	acct_printf(t, " %u [", (unsigned)gr->gr_gid);
	for (char **m = gr->gr_mem; m && *m; m++) {
		acct_str(t, *m);
		if (m[1])
			acct_printf(t, ",");
	}
	acct_printf(t, "]\n");
}

struct pwcall {
	struct acct_call c;
	struct passwd pw, *r;
	int ent;
};

static int pwcall(struct acct_call *ac, char *buf, size_t n, char *state)
{
	struct pwcall *c = (struct pwcall *)ac;
	struct passwd *untouched = &c->pw + 1;
	int rc;

	c->r = untouched;
	rc = c->ent ? getpwent_r(&c->pw, buf, n, &c->r) : fgetpwent_r(ac->f, &c->pw, buf, n, &c->r);
	*state = c->r == untouched ? 'U' : c->r == &c->pw ? 'S' : c->r ? '?' : 'N';
	return rc;
}

static void pwprint(struct acct_call *ac, struct acct_trace *t)
{
	pw_record(t, ((struct pwcall *)ac)->r);
}

struct grcall {
	struct acct_call c;
	struct group gr, *r;
	int ent;
};

static int grcall(struct acct_call *ac, char *buf, size_t n, char *state)
{
	struct grcall *c = (struct grcall *)ac;
	struct group *untouched = &c->gr + 1;
	int rc;

	c->r = untouched;
	rc = c->ent ? getgrent_r(&c->gr, buf, n, &c->r) : fgetgrent_r(ac->f, &c->gr, buf, n, &c->r);
	*state = c->r == untouched ? 'U' : c->r == &c->gr ? 'S' : c->r ? '?' : 'N';
	return rc;
}

static void grprint(struct acct_call *ac, struct acct_trace *t)
{
	gr_record(t, ((struct grcall *)ac)->r);
}

void pw_trace_all(struct acct_trace *t, const char *path)
{
	struct pwcall c = {{pwcall, pwprint, NULL, NULL, 0}, {0}, NULL, 1};
	char *buf = malloc(ACCT_MAXBUF);
	struct passwd *pw;
	FILE *f;

	ck_assert(buf != NULL);
	setpwent();
	while (acct_smallest(t, "getpwent_r", &c.c, buf))
		;
	endpwent();
	errno = 0;
	while ((pw = getpwent())) {
		acct_printf(t, "getpwent");
		pw_record(t, pw);
	}
	acct_printf(t, "getpwent errno=%d -\n", errno);
	/* setpwent starts over */
	setpwent();
	getpwent();
	getpwent();
	setpwent();
	acct_printf(t, "after setpwent");
	pw_record(t, getpwent());
	endpwent();
	if (path) {
		f = fopen(path, "r");
		ck_assert(f != NULL);
		c.ent = 0;
		c.c.f = f;
		while (acct_smallest(t, "fgetpwent_r", &c.c, buf + 3))
			;
		rewind(f);
		errno = 0;
		while ((pw = fgetpwent(f))) {
			acct_printf(t, "fgetpwent");
			pw_record(t, pw);
		}
		acct_printf(t, "fgetpwent errno=%d -\n", errno);
		fclose(f);
	}
	free(buf);
}

void gr_trace_all(struct acct_trace *t, const char *path)
{
	struct grcall c = {{grcall, grprint, NULL, NULL, 0}, {0}, NULL, 1};
	char *buf = malloc(ACCT_MAXBUF);
	struct group *gr;
	FILE *f;

	ck_assert(buf != NULL);
	setgrent();
	while (acct_smallest(t, "getgrent_r", &c.c, buf))
		;
	endgrent();
	errno = 0;
	while ((gr = getgrent())) {
		acct_printf(t, "getgrent");
		gr_record(t, gr);
	}
	acct_printf(t, "getgrent errno=%d -\n", errno);
	setgrent();
	getgrent();
	getgrent();
	setgrent();
	acct_printf(t, "after setgrent");
	gr_record(t, getgrent());
	endgrent();
	if (path) {
		f = fopen(path, "r");
		ck_assert(f != NULL);
		c.ent = 0;
		c.c.f = f;
		while (acct_smallest(t, "fgetgrent_r", &c.c, buf + 3))
			;
		rewind(f);
		errno = 0;
		while ((gr = fgetgrent(f))) {
			acct_printf(t, "fgetgrent");
			gr_record(t, gr);
		}
		acct_printf(t, "fgetgrent errno=%d -\n", errno);
		fclose(f);
	}
	free(buf);
}
