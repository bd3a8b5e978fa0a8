/*
 * setaliasent, getaliasent, getaliasent_r, endaliasent, getaliasbyname and
 * getaliasbyname_r over fixture files bound on /etc/aliases (and the files
 * it includes, /etc/aliases-inc*) in a private mount namespace. Every
 * result and errno, and the smallest buffer each _r call accepts, is
 * traced and compared with expected/, which glibc 2.36 produced. The
 * program reports a skip (exit 77) without namespaces.
 *
 * glibc's getaliasent_r takes part of the line when it says ERANGE (a
 * deviation, tests/aliases/aliases_deviations.c), so each size is tried on
 * a fresh enumeration: setaliasent, the entries before read with a large
 * buffer, then the one call.
 */
#define _GNU_SOURCE
#include <aliases.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "../gshadow/etc.h"

/* errno before each call, to see which calls change it. */
#define SENTINEL EDOM
#define BIG (1 << 22)

static char *big, *buf;
static struct aliasent *const unset = (struct aliasent *)&unset;

/* In a private mount namespace, /etc/aliases is the fixture (absent for
 * NULL), the include fixtures are /etc/aliases-inc1..4, and
 * nsswitch.conf names the files backend. */
static void etc(const char *fixture)
{
	static const char *const incs[] = {"aliases-inc1", "aliases-inc2", "aliases-inc3",
		"aliases-inc4"};
	const char *fx[6][2];
	char *paths[6];
	size_t i;

	paths[0] = acct_fixture("nsswitch.conf");
	paths[1] = fixture ? acct_fixture(fixture) : NULL;
	fx[0][0] = "nsswitch.conf";
	fx[1][0] = "aliases";
	for (i = 0; i < 4; i++) {
		paths[i + 2] = acct_fixture(incs[i]);
		fx[i + 2][0] = incs[i];
	}
	for (i = 0; i < 6; i++)
		fx[i][1] = paths[i];
	ck_assert_msg(lwbt_private_mounts() == 0, "private mount namespace: %s", strerror(errno));
	ck_assert_msg(lwbt_fake_etc(fx, 6) == 0, "fake /etc: %s", strerror(errno));
	for (i = 0; i < 6; i++)
		free(paths[i]);
}

static void entry(struct acct_trace *t, const struct aliasent *e)
{
	acct_str(t, e->alias_name);
	acct_printf(t, " local %d, %zu:", e->alias_local, e->alias_members_len);
	for (size_t i = 0; i < e->alias_members_len; i++) {
		acct_printf(t, " ");
		acct_str(t, e->alias_members[i]);
	}
}

static int same(const struct aliasent *a, const struct aliasent *b)
{
	if (strcmp(a->alias_name, b->alias_name) || a->alias_members_len != b->alias_members_len
	    || a->alias_local != b->alias_local)
		return 0;
	for (size_t i = 0; i < a->alias_members_len; i++)
		if (strcmp(a->alias_members[i], b->alias_members[i]))
			return 0;
	return 1;
}

/* Whether the entry lies in buf[0, n): names, members and the array. */
static int inside(const struct aliasent *e, const char *b, size_t n)
{
	const char *end = b + n, *v = (const char *)e->alias_members;

	if (e->alias_name < b || e->alias_name >= end || v < b
	    || e->alias_members_len > (size_t)(end - v) / sizeof(char *)
	    || (uintptr_t)v % _Alignof(char *))
		return 0;
	for (size_t i = 0; i < e->alias_members_len; i++)
		if (e->alias_members[i] < b || e->alias_members[i] >= end)
			return 0;
	return 1;
}

/* One call at size n: entry k of a fresh enumeration, or the lookup of
 * name. The buffer is filled first, so that nothing depends on what an
 * earlier call left in it. */
static int call(size_t k, const char *name, size_t n, struct aliasent *e,
	struct aliasent **res, int *err)
{
	struct aliasent skip, *r;
	int rc;

	memset(buf, 0xa5, n);
	*res = unset;
	if (name) {
		errno = SENTINEL;
		rc = getaliasbyname_r(name, e, buf, n, res);
		*err = errno;
		return rc;
	}
	setaliasent();
	for (size_t i = 0; i < k; i++)
		ck_assert_int_eq(getaliasent_r(&skip, big, BIG, &r), 0);
	errno = SENTINEL;
	rc = getaliasent_r(e, buf, n, res);
	*err = errno;
	endaliasent();
	return rc;
}

/* The smallest size at which the call returns what it returns with a
 * large buffer (ref: the entry, or NULL for a name not found), every
 * larger size doing the same; every smaller one must fail with ERANGE,
 * also in errno, and a NULL result. Sizes up to 1024 are all tried below
 * it, then every 61st. */
static size_t smallest(size_t k, const char *name, const struct aliasent *ref)
{
	struct aliasent e, *res;
	size_t lo = 0, hi = BIG, n;
	int rc, err;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		rc = call(k, name, mid, &e, &res, &err);
		if (rc == 0 && (ref ? res == &e && same(&e, ref) : !res))
			hi = mid;
		else
			lo = mid + 1;
	}
	for (n = 0; n < lo; n = n < 1024 ? n + 1 : n + 61) {
		rc = call(k, name, n, &e, &res, &err);
		ck_assert_msg(rc == ERANGE && err == ERANGE && !res,
			"size %zu (smallest %zu): %d, errno %d, %s", n, lo, rc, err,
			res == unset ? "result untouched" : res ? "an entry" : "NULL");
	}
	for (n = lo; n < lo + 16; n++) {
		rc = call(k, name, n, &e, &res, &err);
		ck_assert_msg(rc == 0 && (ref ? res == &e && same(&e, ref) && inside(&e, buf, n) : !res),
			"size %zu (smallest %zu): %d", n, lo, rc);
	}
	return lo;
}

/* Every entry through getaliasent_r with a large buffer, each with the
 * smallest buffer it accepts (sizes: 0 for a fixture whose sizes are not
 * traced), then the end. */
static size_t walk_r(struct acct_trace *t, int sizes)
{
	struct aliasent e, *res;
	size_t k;
	int rc;

	errno = SENTINEL;
	setaliasent();
	acct_printf(t, "setaliasent errno %d\n", errno);
	for (k = 0;; k++) {
		errno = SENTINEL;
		res = unset;
		rc = getaliasent_r(&e, big, BIG, &res);
		acct_printf(t, "getaliasent_r = %d errno %d", rc, errno);
		if (rc) {
			acct_printf(t, " result %s\n", res == unset ? "untouched" : res ? "set" : "NULL");
			break;
		}
		ck_assert(res == &e);
		acct_printf(t, ": ");
		entry(t, &e);
		acct_printf(t, "\n");
	}
	endaliasent();
	for (size_t i = 0; sizes && i < k; i++) {
		struct aliasent ref;
		char *refbuf = malloc(BIG);

		ck_assert(refbuf != NULL);
		setaliasent();
		for (size_t j = 0; j <= i; j++)
			ck_assert_int_eq(getaliasent_r(&ref, refbuf, BIG, &res), 0);
		endaliasent();
		acct_printf(t, "entry %zu needs %zu\n", i, smallest(i, NULL, &ref));
		free(refbuf);
	}
	return k;
}

/* The same enumeration through getaliasent. */
static void walk(struct acct_trace *t)
{
	struct aliasent *e;

	setaliasent();
	for (;;) {
		errno = SENTINEL;
		e = getaliasent();
		if (!e)
			break;
		acct_printf(t, "getaliasent errno %d: ", errno);
		entry(t, e);
		acct_printf(t, "\n");
	}
	acct_printf(t, "getaliasent = NULL errno %d\n", errno);
	endaliasent();
}

static void lookup(struct acct_trace *t, const char *name, int sizes)
{
	struct aliasent e, *res, *p;
	int rc;

	errno = SENTINEL;
	p = getaliasbyname(name);
	acct_printf(t, "getaliasbyname(");
	acct_str(t, name);
	acct_printf(t, ") errno %d: ", errno);
	if (p)
		entry(t, p);
	else
		acct_printf(t, "NULL");
	errno = SENTINEL;
	res = unset;
	rc = getaliasbyname_r(name, &e, big, BIG, &res);
	acct_printf(t, "\n  getaliasbyname_r = %d errno %d, %s", rc, errno,
		res == unset ? "untouched" : res ? "found" : "NULL");
	ck_assert(!res || res == unset || (res == &e && p && same(&e, p)));
	if (sizes && rc == 0)
		acct_printf(t, ", needs %zu", smallest(0, name, res));
	acct_printf(t, "\n");
}

static void trace(const char *fixture, int sizes, const char *const *names)
{
	struct acct_trace t;
	int fds = lwbt_count_fds();

	etc(fixture);
	acct_trace_open(&t);
	walk_r(&t, sizes);
	walk(&t);
	for (; *names; names++)
		lookup(&t, *names, sizes);
	acct_expect(&t, fixture);
	ck_assert_int_eq(lwbt_count_fds(), fds);
}

START_TEST(basic)
{
	static const char *const names[] = {
		"root", "ROOT", "Root", "postmaster", "mailer-daemon", "nm with space ",
		"nm with space", "dup", "Dup", "y", "indented", "late", "nomem", "spaces",
		"empty-name-next", "", "#commented", "commented", "nocolon", "cont", "b",
		"last", "abuse", "notcont", "zzz", NULL,
	};

	trace("aliases.basic", 1, names);
}
END_TEST

START_TEST(includes)
{
	static const char *const names[] = {
		"inc", "INC", "mixed", "contin", "twice", "missing", "after", "spaced", "upper",
		"dir", "partly", "empty", "emptytoo", "y", "last", "one", NULL,
	};

	trace("aliases.include", 1, names);
}
END_TEST

/* An :include: element with more after it on its line, and an included
 * file without a last newline: glibc's ERANGE sizes there follow no rule
 * (docs/compat.md), so only the answers with a large buffer are traced. */
START_TEST(include_rest)
{
	static const char *const names[] = {"both", "spaced", "noeol", "twoeol", "tail", NULL};

	trace("aliases.rest", 0, names);
}
END_TEST

static const char *const noeol_names[] = {"a", "last", "tab", "y", NULL};

START_TEST(no_newline)
{
	trace("aliases.noeol", 1, noeol_names);
}
END_TEST

START_TEST(no_newline_after_tab)
{
	trace("aliases.noeol2", 1, noeol_names);
}
END_TEST

START_TEST(odd_bytes)
{
	static const char *const names[] = {
		"nul", "after-nul", "n", "cr", "cr\r", "cr2", "crname\r", "crname", "vt",
		"\xc4lias", "\xe4lias", "a", "a#b", "ctl\x01", "colons", "leading", "tabs\t",
		"tabs", NULL,
	};

	trace("aliases.odd", 1, names);
}
END_TEST

START_TEST(missing_file)
{
	struct acct_trace t;
	struct aliasent e, *res;
	int fds = lwbt_count_fds(), rc;

	etc(NULL);
	acct_trace_open(&t);
	walk_r(&t, 0);
	walk(&t);
	lookup(&t, "root", 0);
	for (size_t n = 0; n < 16; n += 5) {
		errno = SENTINEL;
		res = unset;
		rc = getaliasbyname_r("root", &e, buf, n, &res);
		acct_printf(&t, "getaliasbyname_r size %zu = %d errno %d, %s\n", n, rc, errno,
			res == unset ? "untouched" : res ? "found" : "NULL");
		errno = SENTINEL;
		res = unset;
		rc = getaliasent_r(&e, buf, n, &res);
		acct_printf(&t, "getaliasent_r size %zu = %d errno %d, %s\n", n, rc, errno,
			res == unset ? "untouched" : res ? "found" : "NULL");
	}
	endaliasent();
	acct_expect(&t, "aliases.missing");
	ck_assert_int_eq(lwbt_count_fds(), fds);
}
END_TEST

static void add_repeat(FILE *f, const char *s, size_t n)
{
	while (n--)
		fputs(s, f);
}

/* A 70000-byte member, an entry of 3000 members on one line and one of
 * 500 continuation lines: the sizes, and lookups past the long lines. The
 * entries need more than getaliasent's first 1024 bytes, where glibc's
 * getaliasent loses them (a deviation): only the _r functions and
 * getaliasbyname are traced. */
START_TEST(long_lines)
{
	static const char *const names[] = {"first", "wide", "many", "lines", "end", "none", NULL};
	struct acct_trace t;
	char *text = NULL, *path;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	int fds = lwbt_count_fds();

	fputs("first: f\nwide: ", f);
	add_repeat(f, "w", 70000);
	fputs("\nmany: m", f);
	for (int i = 0; i < 3000; i++)
		fprintf(f, ", m%04d", i);
	fputs("\nlines: xx\n", f);
	for (int i = 0; i < 500; i++)
		fprintf(f, "\tl%04d,\n", i);
	fputs("end: e\n", f);
	fclose(f);
	path = acct_temp_file(text, len);
	free(text);
	{
		const char *fx[2][2] = {{"aliases", path}, {"nsswitch.conf", NULL}};
		char *nss = acct_fixture("nsswitch.conf");

		fx[1][1] = nss;
		ck_assert(lwbt_private_mounts() == 0);
		ck_assert(lwbt_fake_etc(fx, 2) == 0);
		free(nss);
	}
	acct_trace_open(&t);
	walk_r(&t, 1);
	for (const char *const *n = names; *n; n++)
		lookup(&t, *n, 1);
	acct_expect(&t, "aliases.long");
	ck_assert_int_eq(lwbt_count_fds(), fds);
	unlink(path);
	free(path);
}
END_TEST

static void lookup_r(struct acct_trace *t, const char *name, size_t n)
{
	struct aliasent e, *res = unset;
	int rc;

	errno = SENTINEL;
	rc = getaliasbyname_r(name, &e, buf, n, &res);
	acct_printf(t, "getaliasbyname_r(");
	acct_str(t, name);
	acct_printf(t, ") size %zu = %d errno %d, ", n, rc, errno);
	if (rc == 0 && res == &e)
		entry(t, &e);
	else
		acct_printf(t, "%s", res == unset ? "untouched" : res ? "set" : "NULL");
	acct_printf(t, "\n");
}

static void get_r(struct acct_trace *t, const char *what, size_t n)
{
	struct aliasent e, *res = unset;
	int rc;

	errno = SENTINEL;
	rc = getaliasent_r(&e, buf, n, &res);
	acct_printf(t, "%s: getaliasent_r size %zu = %d errno %d, ", what, n, rc, errno);
	if (rc == 0 && res == &e)
		entry(t, &e);
	else
		acct_printf(t, "%s", res == unset ? "untouched" : res ? "set" : "NULL");
	acct_printf(t, "\n");
}

static void get(struct acct_trace *t, const char *what)
{
	struct aliasent *e;

	errno = SENTINEL;
	e = getaliasent();
	acct_printf(t, "%s: getaliasent errno %d, ", what, errno);
	if (e)
		entry(t, e);
	else
		acct_printf(t, "NULL");
	acct_printf(t, "\n");
}

/* The enumeration across other calls: it opens itself, setaliasent starts
 * over, getaliasent and getaliasent_r share it, lookups leave it alone,
 * endaliasent ends it; small buffers at the end of the file; NULL names. */
START_TEST(sequences)
{
	struct acct_trace t;
	struct aliasent e, *res;
	int rc, fds = lwbt_count_fds();

	etc("aliases.include");
	acct_trace_open(&t);
	get_r(&t, "before setaliasent", 4096);
	get(&t, "then");
	errno = SENTINEL;
	setaliasent();
	acct_printf(&t, "setaliasent errno %d\n", errno);
	get(&t, "after setaliasent");
	get_r(&t, "then", 4096);
	lookup(&t, "last", 0);
	get_r(&t, "after a lookup", 4096);
	setaliasent();
	setaliasent();
	get_r(&t, "after two setaliasent", 4096);
	endaliasent();
	get_r(&t, "after endaliasent", 4096);
	endaliasent();
	endaliasent();
	for (int i = 0; i < 40; i++) {
		errno = SENTINEL;
		rc = getaliasent_r(&e, buf, 4096, &res);
		if (rc)
			break;
	}
	get_r(&t, "at the end", 4096);
	get_r(&t, "at the end", 0);
	get_r(&t, "at the end", 7);
	get_r(&t, "at the end", 8);
	get(&t, "at the end");
	endaliasent();
	/* Below 8 bytes glibc says ERANGE before it reads; from 8 on it takes
	 * part of the line first (aliases_deviations.c). */
	get_r(&t, "size 0 at the start", 0);
	get_r(&t, "size 7", 7);
	get_r(&t, "then", 4096);
	endaliasent();
	for (size_t n = 0; n < 10; n += 3) {
		errno = SENTINEL;
		res = unset;
		rc = getaliasbyname_r("unknown", &e, buf, n, &res);
		acct_printf(&t, "getaliasbyname_r(unknown) size %zu = %d errno %d, %s\n", n, rc,
			errno, res == unset ? "untouched" : res ? "found" : "NULL");
	}
	errno = SENTINEL;
	acct_printf(&t, "getaliasbyname(NULL) = %s", getaliasbyname(NULL) ? "found" : "NULL");
	acct_printf(&t, " errno %d\n", errno);
	for (size_t n = 0; n < 200; n += 100) {
		errno = SENTINEL;
		res = unset;
		rc = getaliasbyname_r(NULL, &e, buf, n, &res);
		acct_printf(&t, "getaliasbyname_r(NULL) size %zu = %d errno %d, %s\n", n, rc, errno,
			res == unset ? "untouched" : res ? "found" : "NULL");
	}
	acct_expect(&t, "aliases.sequences");
	ck_assert_int_eq(lwbt_count_fds(), fds);
}
END_TEST

/* An included file with no end of line: every buffer is too small, and
 * the file is read no further than the buffer would hold. Lookups of
 * other names do not read it. */
START_TEST(endless_include)
{
	struct acct_trace t;
	int fds = lwbt_count_fds();

	etc("aliases.zero");
	acct_trace_open(&t);
	get_r(&t, "first", 4096);
	endaliasent();
	get_r(&t, "first", 1 << 20);
	endaliasent();
	lookup_r(&t, "zero", 4096);
	lookup_r(&t, "zero", 1 << 20);
	lookup_r(&t, "after", 4096);
	lookup_r(&t, "after", 16);
	acct_expect(&t, "aliases.zero");
	ck_assert_int_eq(lwbt_count_fds(), fds);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("aliases file");
	TCase *tc = tcase_create("aliases");

	if (!acct_namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	big = malloc(BIG);
	buf = malloc(BIG);
	if (!big || !buf)
		return 1;
	tcase_set_timeout(tc, 240);
	tcase_add_test(tc, basic);
	tcase_add_test(tc, includes);
	tcase_add_test(tc, include_rest);
	tcase_add_test(tc, no_newline);
	tcase_add_test(tc, no_newline_after_tab);
	tcase_add_test(tc, odd_bytes);
	tcase_add_test(tc, missing_file);
	tcase_add_test(tc, long_lines);
	tcase_add_test(tc, sequences);
	tcase_add_test(tc, endless_include);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
