/*
 * getspent_r, fgetspent_r and the enumeration they share with setspent,
 * getspent and endspent (stubs in musl), over fixture files bound on
 * /etc/shadow in a private mount namespace. Every result, errno and
 * smallest accepted buffer size is traced and compared with expected/,
 * which glibc 2.36 produced. The program reports a skip (exit 77) without
 * namespaces.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <shadow.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "../gshadow/etc.h"

static void record(struct acct_trace *t, const struct spwd *sp)
{
	if (!sp) {
		acct_printf(t, " -\n");
		return;
	}
	acct_printf(t, " ");
	acct_str(t, sp->sp_namp);
	acct_printf(t, " ");
	acct_str(t, sp->sp_pwdp);
	acct_printf(t, " %ld %ld %ld %ld %ld %ld %lu\n", sp->sp_lstchg, sp->sp_min, sp->sp_max,
		sp->sp_warn, sp->sp_inact, sp->sp_expire, sp->sp_flag);
}

enum { FGET, GETENT, SGET };

struct call {
	struct acct_call c;
	struct spwd sp, *r;
	int how;
	int rc;
};

static int call(struct acct_call *ac, char *buf, size_t n, char *state)
{
	struct call *c = (struct call *)ac;
	struct spwd *untouched = &c->sp + 1;
	int rc;

	c->r = untouched;
	rc = c->how == GETENT ? getspent_r(&c->sp, buf, n, &c->r)
		: c->how == SGET ? sgetspent_r(ac->name, &c->sp, buf, n, &c->r)
		: fgetspent_r(ac->f, &c->sp, buf, n, &c->r);
	*state = c->r == untouched ? 'U' : c->r == &c->sp ? 'S' : c->r ? '?' : 'N';
	c->rc = rc;
	return rc;
}

static void print(struct acct_call *ac, struct acct_trace *t)
{
	record(t, ((struct call *)ac)->r);
}

/* Each line of the file through sgetspent_r (at its smallest buffer) and
 * sgetspent. Not sgetspent where a number is past strtoul's range: glibc's
 * loops there for ever (tests/shadow/shadow_deviations.c). */
static void sget_lines(struct acct_trace *t, const char *path, char *buf)
{
	/* From 1: with no room glibc's sgetspent_r parses whatever buf
	 * holds (and writes the byte before it). */
	struct call c = {{call, print, NULL, NULL, 1}, {0}, NULL, SGET, 0};
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	struct spwd *sp;

	ck_assert(f != NULL);
	while (getline(&line, &cap, f) > 0) {
		c.c.name = line;
		acct_printf(t, "line ");
		acct_str(t, line);
		acct_printf(t, "\n");
		/* A number past strtoul's range is ERANGE at any size:
		 * said once, not searched for (glibc fills every buffer
		 * it is given). */
		c.r = NULL;
		errno = 0;
		if (sgetspent_r(line, &c.sp, buf, ACCT_MAXBUF, &c.r) == ERANGE) {
			acct_printf(t, "sgetspent_r(big) ERANGE errno=%d result=%s\n", errno,
				c.r ? "set" : "NULL");
			continue;
		}
		acct_smallest(t, "sgetspent_r", &c.c, buf);
		errno = 0;
		sp = sgetspent(line);
		acct_printf(t, "sgetspent errno=%d", errno);
		record(t, sp);
	}
	free(line);
	fclose(f);
}

static void trace_all(struct acct_trace *t, const char *path)
{
	struct call c = {{call, print, NULL, NULL, 0}, {0}, NULL, GETENT, 0};
	char *buf = malloc(ACCT_MAXBUF);
	struct spwd *sp;
	FILE *f;

	ck_assert(buf != NULL);
	setspent();
	while (acct_smallest(t, "getspent_r", &c.c, buf))
		;
	endspent();
	errno = 0;
	while ((sp = getspent())) {
		acct_printf(t, "getspent");
		record(t, sp);
	}
	acct_printf(t, "getspent errno=%d -\n", errno);
	setspent();
	getspent();
	getspent();
	setspent();
	acct_printf(t, "after setspent");
	record(t, getspent());
	endspent();
	if (path) {
		f = fopen(path, "r");
		ck_assert(f != NULL);
		c.how = FGET;
		c.c.f = f;
		while (acct_smallest(t, "fgetspent_r", &c.c, buf + 3))
			;
		rewind(f);
		errno = 0;
		while ((sp = fgetspent(f))) {
			acct_printf(t, "fgetspent");
			record(t, sp);
		}
		acct_printf(t, "fgetspent errno=%d -\n", errno);
		fclose(f);
		sget_lines(t, path, buf);
	}
	free(buf);
}

static void trace(const char *fixture, const char *expected)
{
	char *path = acct_fixture(fixture);
	struct acct_trace t;

	acct_etc("shadow", path);
	acct_trace_open(&t);
	trace_all(&t, path);
	acct_expect(&t, expected);
	free(path);
}

START_TEST(basic)
{
	trace("shadow.basic", "shadow.basic");
}
END_TEST

START_TEST(malformed)
{
	trace("shadow.malformed", "shadow.malformed");
}
END_TEST

START_TEST(missing_file)
{
	struct acct_trace t;
	int fds = lwbt_count_fds();

	acct_etc("shadow", NULL);
	acct_trace_open(&t);
	trace_all(&t, NULL);
	acct_expect(&t, "shadow.missing");
	ck_assert_int_eq(lwbt_count_fds(), fds);
}
END_TEST

START_TEST(long_lines)
{
	size_t n = 20000;
	char *text = malloc(2 * n + 100), *path, *p = text;
	struct acct_trace t;

	ck_assert(text != NULL);
	memset(p, 'h', n);
	p += n;
	p += sprintf(p, ":%s:1::::::\n#", "pw");
	memset(p, '#', n);
	p += n;
	p += sprintf(p, "\nafter:x:2::::::\n");
	path = acct_temp_file(text, p - text);
	acct_etc("shadow", path);
	acct_trace_open(&t);
	trace_all(&t, path);
	acct_expect(&t, "shadow.long");
	unlink(path);
	free(path);
	free(text);
}
END_TEST

/* No descriptor survives endspent. */
START_TEST(descriptors)
{
	char *path = acct_fixture("shadow.basic");
	int fds;

	acct_etc("shadow", path);
	fds = lwbt_count_fds();
	ck_assert_ptr_nonnull(getspent());
	ck_assert_int_eq(lwbt_count_fds(), fds + 1);
	endspent();
	ck_assert_int_eq(lwbt_count_fds(), fds);
	free(path);
}
END_TEST

/* fgetspent_r on streams of its own in each thread. */
static void *readers(void *path)
{
	char buf[128];
	struct spwd sp, *r;
	long bad = 0;

	for (int i = 0; i < 200; i++) {
		FILE *f = fopen(path, "r");
		int n = 0;

		if (!f)
			return (void *)1;
		while (!fgetspent_r(f, &sp, buf, sizeof buf, &r))
			n++;
		if (n != 5 || strcmp(sp.sp_namp, "nobody") || sp.sp_max != 99999)
			bad++;
		fclose(f);
	}
	return (void *)bad;
}

START_TEST(threads)
{
	char *path = acct_fixture("shadow.basic");
	pthread_t th[4];
	void *bad;

	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&th[i], NULL, readers, path), 0);
	for (int i = 0; i < 4; i++) {
		ck_assert_int_eq(pthread_join(th[i], &bad), 0);
		ck_assert_ptr_null(bad);
	}
	free(path);
}
END_TEST

/* What putspent writes, its result and errno: a name or password with
 * ':' or '\n' rejected whole, -1 counts and a ~0 flag empty, other
 * values as they are, NULL fields, a read-only stream. */
static void putsp(struct acct_trace *t, const char *name, const char *pw, long count,
	unsigned long flag)
{
	struct spwd sp = {(char *)name, (char *)pw, count, count, count, count, count, count, flag};
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	int rc, e;

	ck_assert(f != NULL);
	errno = 0;
	rc = putspent(&sp, f);
	e = errno;
	fclose(f);
	acct_printf(t, "putspent rc=%d errno=%d ", rc, rc ? e : 0);
	acct_str(t, out);
	acct_printf(t, "\n");
	free(out);
}

START_TEST(put_records)
{
	struct spwd sp = {"n", "p", 1, 2, 3, 4, 5, 6, 7};
	struct acct_trace t;
	FILE *ro;
	int rc;

	acct_trace_open(&t);
	putsp(&t, "n", "p", 7, 8);
	putsp(&t, "n", "p", -1, ~0UL);
	putsp(&t, "n", NULL, 0, 0);
	putsp(&t, "", "", -2, 1);
	putsp(&t, "+n", "p", 5, ~0UL);
	putsp(&t, "-n", NULL, -1, ~0UL);
	putsp(&t, "n", "p", 2147483647, 4294967295UL);
	putsp(&t, "n", "p", -2147483647 - 1, 0);
	putsp(&t, "n:x", "p", 1, 1);
	putsp(&t, "n\n", "p", 1, 1);
	putsp(&t, "n", "p:q", 1, 1);
	putsp(&t, "n", "p\n", 1, 1);
	putsp(&t, "n,m", "p,q", 1, 1);
	putsp(&t, NULL, "p", 1, 1);
	/* (NULL arguments: tests/shadow/shadow_deviations.c.) */
	ro = fopen("/dev/null", "r");
	ck_assert(ro != NULL);
	errno = 0;
	rc = putspent(&sp, ro);
	acct_printf(&t, "putspent(read-only) rc=%d errno=%d\n", rc, errno);
	fclose(ro);
	acct_expect(&t, "shadow.put");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("shadow files");
	TCase *tc = tcase_create("shadow");

	if (!acct_namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, basic);
	tcase_add_test(tc, malformed);
	tcase_add_test(tc, missing_file);
	tcase_add_test(tc, long_lines);
	tcase_add_test(tc, descriptors);
	tcase_add_test(tc, threads);
	tcase_add_test(tc, put_records);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
