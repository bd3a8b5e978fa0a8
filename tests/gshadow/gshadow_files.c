/*
 * The gshadow functions over fixture files bound on /etc/gshadow in a
 * private mount namespace: every result, errno and smallest accepted
 * buffer size is traced and compared with expected/, which glibc 2.36
 * produced. The program reports a skip (exit 77) without namespaces.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <gshadow.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "sgtrace.h"

static void trace_fixture(const char *fixture, const char *const *names, const char *expected)
{
	char *path = acct_fixture(fixture);
	struct acct_trace t;

	acct_etc("gshadow", path);
	acct_trace_open(&t);
	sg_trace_all(&t, path, names);
	acct_expect(&t, expected);
	free(path);
}

START_TEST(basic)
{
	const char *names[] = {"root", "wheel", "users", "staff", "systemd-journal", "nope", "",
		"WHEEL", "whee", NULL};

	trace_fixture("gshadow.basic", names, "gshadow.basic");
}
END_TEST

START_TEST(malformed)
{
	const char *names[] = {"lead", "lt", "nocolon", "name", "name2", "", "extra", "commas",
		"spaces", "cr", "cr\r", "nul", "ws only", "+plus", "-minus", "plus", "dup", "last",
		"#", "# a comment", NULL};

	trace_fixture("gshadow.malformed", names, "gshadow.malformed");
}
END_TEST

START_TEST(missing_file)
{
	const char *names[] = {"root", "", NULL};
	struct acct_trace t;
	int fds = lwbt_count_fds();

	acct_etc("gshadow", NULL);
	acct_trace_open(&t);
	sg_trace_all(&t, NULL, names);
	acct_expect(&t, "gshadow.missing");
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
	char *name = repeat("n", 3000, ""), *mem = repeat("mmmm", 800, ","),
		*comment = repeat("#", 6000, ""), *text, *path;
	const char *names[] = {name, "many", "after", NULL};
	struct acct_trace t;
	int len;

	len = asprintf(&text, "%s:pw::\n%s\nmany:pw:%s:%s\nafter:x:a:b\n", name, comment, mem, mem);
	ck_assert(len > 0);
	path = acct_temp_file(text, len);
	acct_etc("gshadow", path);
	acct_trace_open(&t);
	sg_trace_all(&t, path, names);
	acct_expect(&t, "gshadow.long");
	unlink(path);
	free(path);
	free(text);
	free(name);
	free(mem);
	free(comment);
}
END_TEST

/* A megabyte-long record through the functions with their own buffers:
 * nothing is truncated. */
START_TEST(huge_record)
{
	char *mem = repeat("member", 150000, ","), *text, *path;
	struct sgrp *sg;
	size_t n;
	int len;

	len = asprintf(&text, "small:x::\nhuge:pw:a:%s\nlast:x::\n", mem);
	ck_assert(len > 0);
	path = acct_temp_file(text, len);
	acct_etc("gshadow", path);
	sg = getsgnam("huge");
	ck_assert(sg != NULL);
	for (n = 0; sg->sg_mem[n]; n++)
		ck_assert_str_eq(sg->sg_mem[n], "member");
	ck_assert_uint_eq(n, 150000);
	setsgent();
	ck_assert_str_eq(getsgent()->sg_namp, "small");
	ck_assert_str_eq(getsgent()->sg_namp, "huge");
	ck_assert_str_eq(getsgent()->sg_namp, "last");
	ck_assert_ptr_null(getsgent());
	endsgent();
	unlink(path);
	free(path);
	free(text);
	free(mem);
}
END_TEST

static void put(struct acct_trace *t, const char *name, const char *pw, char **adm, char **mem)
{
	struct sgrp sg = {(char *)name, (char *)pw, adm, mem};
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	int rc, e;

	ck_assert(f != NULL);
	errno = 0;
	rc = putsgent(&sg, f);
	e = errno;
	fclose(f);
	acct_printf(t, "putsgent rc=%d errno=%d ", rc, rc ? e : 0);
	acct_str(t, out);
	acct_printf(t, "\n");
	free(out);
}

START_TEST(putsgent_fields)
{
	char *adm[] = {"a1", "a2", NULL}, *mem[] = {"m1", NULL}, *none[] = {NULL};
	char *comma[] = {"a,b", NULL}, *colon[] = {"a:b", NULL}, *nl[] = {"a\nb", NULL};
	char *blank[] = {"", "", NULL}, *space[] = {" x ", "\t", NULL};
	struct acct_trace t;

	acct_trace_open(&t);
	put(&t, "n", "p", adm, mem);
	put(&t, "n", NULL, adm, mem);
	put(&t, "n", "p", none, none);
	put(&t, "", "", blank, blank);
	put(&t, "+n", "p", adm, mem);
	put(&t, "-n", "p", none, mem);
	put(&t, "n", "p,q", space, space);
	put(&t, "n:x", "p", adm, mem);
	put(&t, "n\n", "p", adm, mem);
	put(&t, "n", "p:x", adm, mem);
	put(&t, "n", "p\n", adm, mem);
	put(&t, "n", "p", comma, mem);
	put(&t, "n", "p", adm, comma);
	put(&t, "n", "p", colon, mem);
	put(&t, "n", "p", adm, colon);
	put(&t, "n", "p", nl, mem);
	put(&t, "n", "p", adm, nl);
	put(&t, "n\r", "p\t", adm, mem);
	acct_expect(&t, "gshadow.put");
}
END_TEST

/* What putsgent writes, sgetsgent reads back. */
START_TEST(putsgent_roundtrip)
{
	char *adm[] = {"root", "alice", NULL}, *mem[] = {"bob", NULL};
	struct sgrp sg = {"grp", "!", adm, mem}, *back;
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	ck_assert_int_eq(putsgent(&sg, f), 0);
	fclose(f);
	ck_assert_str_eq(out, "grp:!:root,alice:bob\n");
	back = sgetsgent(out);
	ck_assert_str_eq(back->sg_namp, "grp");
	ck_assert_str_eq(back->sg_adm[1], "alice");
	ck_assert_ptr_null(back->sg_adm[2]);
	ck_assert_str_eq(back->sg_mem[0], "bob");
	free(out);
}
END_TEST

/* No descriptor survives endsgent, getsgnam or getsgnam_r. */
START_TEST(descriptors)
{
	char *path = acct_fixture("gshadow.basic");
	int fds;

	acct_etc("gshadow", path);
	fds = lwbt_count_fds();
	ck_assert_ptr_nonnull(getsgent());
	ck_assert_int_eq(lwbt_count_fds(), fds + 1);
	endsgent();
	ck_assert_int_eq(lwbt_count_fds(), fds);
	ck_assert_ptr_nonnull(getsgnam("staff"));
	ck_assert_ptr_null(getsgnam("nope"));
	setsgent();
	endsgent();
	ck_assert_int_eq(lwbt_count_fds(), fds);
	free(path);
}
END_TEST

static void *lookups(void *arg)
{
	char buf[256];
	struct sgrp sg, *r;
	long bad = 0;

	(void)arg;
	for (int i = 0; i < 300; i++) {
		if (getsgnam_r(i & 1 ? "wheel" : "users", &sg, buf, sizeof buf, &r) || !r)
			bad++;
		else if (i & 1 ? strcmp(sg.sg_mem[2], "carol") : strcmp(sg.sg_adm[1], "bob"))
			bad++;
		if (getsgnam_r("wheel", &sg, buf, 40, &r) != ERANGE || r)
			bad++;
	}
	return (void *)bad;
}

START_TEST(threads)
{
	char *path = acct_fixture("gshadow.basic");
	pthread_t th[4];
	void *bad;

	acct_etc("gshadow", path);
	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&th[i], NULL, lookups, NULL), 0);
	for (int i = 0; i < 4; i++) {
		ck_assert_int_eq(pthread_join(th[i], &bad), 0);
		ck_assert_ptr_null(bad);
	}
	free(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("gshadow files");
	TCase *tc = tcase_create("gshadow");

	if (!acct_namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, basic);
	tcase_add_test(tc, malformed);
	tcase_add_test(tc, missing_file);
	tcase_add_test(tc, long_lines);
	tcase_add_test(tc, huge_record);
	tcase_add_test(tc, putsgent_fields);
	tcase_add_test(tc, putsgent_roundtrip);
	tcase_add_test(tc, descriptors);
	tcase_add_test(tc, threads);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
