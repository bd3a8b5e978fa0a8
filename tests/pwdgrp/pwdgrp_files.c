/*
 * getpwent_r, fgetpwent_r, getgrent_r, fgetgrent_r and the enumeration
 * they share with setpwent/getpwent/endpwent (and the group ones), over
 * fixture files bound on /etc/passwd and /etc/group in a private mount
 * namespace. Every result, errno and smallest accepted buffer size is
 * traced and compared with expected/, which glibc 2.36 produced. The
 * program reports a skip (exit 77) without namespaces.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <pthread.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "pwtrace.h"

static void trace(const char *db, const char *fixture, const char *expected)
{
	char *path = acct_fixture(fixture);
	struct acct_trace t;

	acct_etc(db, path);
	acct_trace_open(&t);
	if (!strcmp(db, "passwd"))
		pw_trace_all(&t, path);
	else
		gr_trace_all(&t, path);
	acct_expect(&t, expected);
	free(path);
}

START_TEST(passwd_basic)
{
	trace("passwd", "passwd.basic", "passwd.basic");
}
END_TEST

START_TEST(passwd_malformed)
{
	trace("passwd", "passwd.malformed", "passwd.malformed");
}
END_TEST

START_TEST(group_basic)
{
	trace("group", "group.basic", "group.basic");
}
END_TEST

START_TEST(group_malformed)
{
	trace("group", "group.malformed", "group.malformed");
}
END_TEST

START_TEST(missing_files)
{
	struct acct_trace t;
	int fds = lwbt_count_fds();

	acct_etc("passwd", NULL);
	acct_trace_open(&t);
	pw_trace_all(&t, NULL);
	acct_expect(&t, "passwd.missing");
	acct_etc("group", NULL);
	acct_trace_open(&t);
	gr_trace_all(&t, NULL);
	acct_expect(&t, "group.missing");
	ck_assert_int_eq(lwbt_count_fds(), fds);
}
END_TEST

static char *repeat(const char *unit, size_t n, const char *sep)
{
	size_t ul = strlen(unit), sl = strlen(sep);
	char *s = malloc(n * (ul + sl) + 1), *p = s;

	ck_assert(s != NULL);
	for (size_t i = 0; i < n; i++) {
		memcpy(p, unit, ul);
		p += ul;
		if (i + 1 < n) {
			memcpy(p, sep, sl);
			p += sl;
		}
	}
	*p = 0;
	return s;
}

START_TEST(long_lines)
{
	char *gecos = repeat("g", 5000, ""), *mem = repeat("mmmm", 900, ","), *text, *path;
	struct acct_trace t;
	int len;

	len = asprintf(&text, "a:x:1:1:%s:/h:/s\n#%s\nb:x:2:2::/:\n", gecos, gecos);
	ck_assert(len > 0);
	path = acct_temp_file(text, len);
	acct_etc("passwd", path);
	acct_trace_open(&t);
	pw_trace_all(&t, path);
	acct_expect(&t, "passwd.long");
	unlink(path);
	free(path);
	free(text);
	len = asprintf(&text, "many:x:1:%s\n#%s\nlast:x:2:a\n", mem, gecos);
	ck_assert(len > 0);
	path = acct_temp_file(text, len);
	acct_etc("group", path);
	acct_trace_open(&t);
	gr_trace_all(&t, path);
	acct_expect(&t, "group.long");
	unlink(path);
	free(path);
	free(text);
	free(gecos);
	free(mem);
}
END_TEST

/* No descriptor survives endpwent or endgrent. */
START_TEST(descriptors)
{
	char *pw = acct_fixture("passwd.basic"), *gr = acct_fixture("group.basic");
	int fds;

	acct_etc("passwd", pw);
	acct_etc("group", gr);
	fds = lwbt_count_fds();
	ck_assert_ptr_nonnull(getpwent());
	ck_assert_ptr_nonnull(getgrent());
	ck_assert_int_eq(lwbt_count_fds(), fds + 2);
	endpwent();
	endgrent();
	ck_assert_int_eq(lwbt_count_fds(), fds);
	free(pw);
	free(gr);
}
END_TEST

/* fgetgrent_r on streams of its own in each thread. */
static void *readers(void *path)
{
	char buf[128];
	struct group gr, *r;
	long bad = 0;

	for (int i = 0; i < 200; i++) {
		FILE *f = fopen(path, "r");
		int n = 0;

		if (!f)
			return (void *)1;
		while (!fgetgrent_r(f, &gr, buf, sizeof buf, &r))
			n++;
		if (n != 5 || strcmp(gr.gr_name, "nogroup"))
			bad++;
		fclose(f);
	}
	return (void *)bad;
}

START_TEST(threads)
{
	char *path = acct_fixture("group.basic");
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

/* What putpwent and putgrent write, their results and errno: fields
 * with ':' or '\n' (',' in a member) rejected whole, GECOS cleaned,
 * NIS compat names with empty ids, NULL fields, a read-only stream. */
static void put_result(struct acct_trace *t, const char *what, int rc, int e, char *out)
{
	acct_printf(t, "%s rc=%d errno=%d ", what, rc, rc ? e : 0);
	acct_str(t, out ? out : "");
	acct_printf(t, "\n");
	free(out);
}

static void putpw(struct acct_trace *t, const char *name, const char *pw, const char *gecos,
	const char *dir, const char *shell)
{
	struct passwd p = {(char *)name, (char *)pw, 1000, 100, (char *)gecos, (char *)dir,
		(char *)shell};
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	int rc, e;

	ck_assert(f != NULL);
	errno = 0;
	rc = putpwent(&p, f);
	e = errno;
	fclose(f);
	put_result(t, "putpwent", rc, e, out);
}

static void putgr(struct acct_trace *t, const char *name, const char *pw, char **mem)
{
	struct group g = {(char *)name, (char *)pw, 42, mem};
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	int rc, e;

	ck_assert(f != NULL);
	errno = 0;
	rc = putgrent(&g, f);
	e = errno;
	fclose(f);
	put_result(t, "putgrent", rc, e, out);
}

START_TEST(put_records)
{
	char *mem[] = {"a", "b", NULL}, *none[] = {NULL}, *blank[] = {"", "", NULL};
	char *comma[] = {"a,b", NULL}, *colon[] = {"a:b", NULL}, *nl[] = {"a\nb", NULL};
	struct passwd p = {"n", "x", 1, 2, "g", "/h", "/s"};
	struct group g = {"n", "x", 1, mem};
	struct acct_trace t;
	FILE *ro;
	int rc;

	acct_trace_open(&t);
	putpw(&t, "n", "x", "G", "/h", "/bin/sh");
	putpw(&t, "n", NULL, NULL, NULL, NULL);
	putpw(&t, "", "", "", "", "");
	putpw(&t, "+n", "x", "G", "/h", "/s");
	putpw(&t, "-n", "x", "G", "/h", "/s");
	putpw(&t, "+", "", "", "", "");
	putpw(&t, "n", "x", "a:b\nc", "/h", "/s");
	putpw(&t, "n:x", "x", "G", "/h", "/s");
	putpw(&t, "n\n", "x", "G", "/h", "/s");
	putpw(&t, "n", "x:y", "G", "/h", "/s");
	putpw(&t, "n", "x", "G", "/h:i", "/s");
	putpw(&t, "n", "x", "G", "/h", "/s\n");
	putpw(&t, "n,m", "x,y", "G,H", "/h,i", "/s,t");
	putpw(&t, NULL, "x", "G", "/h", "/s");
	putgr(&t, "n", "x", mem);
	putgr(&t, "n", NULL, none);
	putgr(&t, "n", "x", NULL);
	putgr(&t, "", "", blank);
	putgr(&t, "+n", "x", mem);
	putgr(&t, "-n", NULL, none);
	putgr(&t, "n:x", "x", mem);
	putgr(&t, "n", "x\n", mem);
	putgr(&t, "n,m", "x,y", mem);
	putgr(&t, "n", "x", comma);
	putgr(&t, "n", "x", colon);
	putgr(&t, "n", "x", nl);
	putgr(&t, NULL, "x", mem);
	errno = 0;
	rc = putpwent(NULL, stdout);
	acct_printf(&t, "putpwent(NULL) rc=%d errno=%d\n", rc, errno);
	errno = 0;
	rc = putpwent(&p, NULL);
	acct_printf(&t, "putpwent(, NULL) rc=%d errno=%d\n", rc, errno);
	errno = 0;
	rc = putgrent(NULL, stdout);
	acct_printf(&t, "putgrent(NULL) rc=%d errno=%d\n", rc, errno);
	errno = 0;
	rc = putgrent(&g, NULL);
	acct_printf(&t, "putgrent(, NULL) rc=%d errno=%d\n", rc, errno);
	ro = fopen("/dev/null", "r");
	ck_assert(ro != NULL);
	errno = 0;
	rc = putpwent(&p, ro);
	acct_printf(&t, "putpwent(read-only) rc=%d errno=%d\n", rc, errno);
	errno = 0;
	rc = putgrent(&g, ro);
	acct_printf(&t, "putgrent(read-only) rc=%d errno=%d\n", rc, errno);
	fclose(ro);
	acct_expect(&t, "pwdgrp.put");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("passwd and group files");
	TCase *tc = tcase_create("pwdgrp");

	if (!acct_namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, passwd_basic);
	tcase_add_test(tc, passwd_malformed);
	tcase_add_test(tc, group_basic);
	tcase_add_test(tc, group_malformed);
	tcase_add_test(tc, missing_files);
	tcase_add_test(tc, long_lines);
	tcase_add_test(tc, descriptors);
	tcase_add_test(tc, threads);
	tcase_add_test(tc, put_records);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
