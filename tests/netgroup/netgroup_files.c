/*
 * setnetgrent, getnetgrent, getnetgrent_r, endnetgrent and innetgr over
 * fixture files bound on /etc/netgroup in a private mount namespace.
 * Every result, errno, and the smallest buffer getnetgrent_r accepts for
 * each triple is traced and compared with expected/, which glibc 2.36
 * produced. The program reports a skip (exit 77) without namespaces.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "../gshadow/etc.h"

/* errno before each call, to see which calls change it. */
#define SENTINEL EDOM

static char unset[] = "unset";

static void triple(struct acct_trace *t, const char *h, const char *u, const char *d)
{
	acct_printf(t, " (");
	acct_str(t, h);
	acct_printf(t, ",");
	acct_str(t, u);
	acct_printf(t, ",");
	acct_str(t, d);
	acct_printf(t, ")");
}

/* Every triple of the current enumeration through getnetgrent_r, each at
 * the smallest buffer it accepts; the smaller ones must fail with ERANGE
 * and leave the pointers alone. */
static void walk_r(struct acct_trace *t)
{
	static char buf[1 << 16];
	char *h, *u, *d;
	size_t n;
	int r;

	for (;;) {
		for (n = 0; n <= sizeof buf; n++) {
			h = u = d = unset;
			errno = SENTINEL;
			r = getnetgrent_r(&h, &u, &d, buf, n);
			if (r || errno != ERANGE)
				break;
			ck_assert(h == unset && u == unset && d == unset);
		}
		if (r != 1) {
			acct_printf(t, "  getnetgrent_r = %d errno %d at %zu%s\n", r, errno, n,
				h == unset && u == unset && d == unset ? "" : " pointers changed");
			return;
		}
		acct_printf(t, "  getnetgrent_r needs %zu:", n);
		triple(t, h, u, d);
		acct_printf(t, "\n");
	}
}

static void walk(struct acct_trace *t)
{
	char *h, *u, *d;
	int r;

	for (;;) {
		h = u = d = unset;
		errno = SENTINEL;
		r = getnetgrent(&h, &u, &d);
		if (r != 1)
			break;
		acct_printf(t, "  getnetgrent:");
		triple(t, h, u, d);
		acct_printf(t, "\n");
	}
	acct_printf(t, "  getnetgrent = %d errno %d%s\n", r, errno,
		h == unset && u == unset && d == unset ? "" : " pointers changed");
}

static void set(struct acct_trace *t, const char *group)
{
	int r;

	errno = SENTINEL;
	r = setnetgrent(group);
	acct_printf(t, "setnetgrent(");
	acct_str(t, group);
	acct_printf(t, ") = %d errno %d\n", r, errno);
}

static void group(struct acct_trace *t, const char *name)
{
	set(t, name);
	walk_r(t);
	endnetgrent();
	set(t, name);
	walk(t);
	endnetgrent();
}

static void in(struct acct_trace *t, const char *g, const char *h, const char *u, const char *d)
{
	int r;

	errno = SENTINEL;
	r = innetgr(g, h, u, d);
	acct_printf(t, "innetgr(");
	acct_str(t, g);
	acct_printf(t, ",");
	triple(t, h, u, d);
	acct_printf(t, ") = %d errno %d\n", r, errno);
}

static void trace(const char *fixture, const char *const *names, const char *const (*queries)[4])
{
	char *path = acct_fixture(fixture);
	struct acct_trace t;
	int fds = lwbt_count_fds();

	acct_etc("netgroup", path);
	acct_trace_open(&t);
	for (; *names; names++)
		group(&t, *names);
	for (; (*queries)[0]; queries++)
		in(&t, (*queries)[0], (*queries)[1], (*queries)[2], (*queries)[3]);
	acct_expect(&t, fixture);
	ck_assert_int_eq(lwbt_count_fds(), fds);
	free(path);
}

START_TEST(basic)
{
	static const char *const names[] = {
		"#", "g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "a", "b", "c", "d",
		"e", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12",
		"m13", "m14", "m15", "m16", "m17", "m18", "m19", "x", "y", "dup", "ws", "bs",
		"n1", "n3", "n4", "n5", "g1x", "G1", "g", "two", "two words", "r1", "r2", "r3",
		"", "nope", "(a,b,c)", NULL,
	};
	static const char *const q[][4] = {
		{"g1", "h1", "u1", "d1"}, {"g1", "h2", "zz", "zz"}, {"g1", NULL, NULL, NULL},
		{"g1", "H1", "u1", "D1"}, {"g1", "h1", "U1", "d1"}, {"g1", "h3", NULL, NULL},
		{"g1", "-", "-", "-"}, {"g1", "x", "-", "-"}, {"g1", "", NULL, NULL},
		{"g2", "x", NULL, NULL}, {"g2", "h3", "u3", "d3"}, {"g3", "c", "c", "c"},
		{"g7", "p", "q", "r"}, {"g9", "h2", "x", "x"}, {"a", "5", "5", "5"},
		{"a", NULL, "5", NULL}, {"a", "6", NULL, NULL}, {"m9", "host", "user", "dom"},
		{"m9", "Host", "User", "Dom"}, {"m9", "HOST", NULL, NULL}, {"m9", NULL, "user", NULL},
		{"m9", NULL, NULL, "DOM"}, {"m14", "x", "y", "z"}, {"n5", "x", "x", "x"},
		{"n5", "-", "x", "-"}, {"n5", NULL, NULL, "-"}, {"r2", "3", "3", "3"},
		{"nope", NULL, NULL, NULL}, {"", NULL, NULL, NULL}, {"m1", "a", NULL, NULL},
		{"#", "c", "c", "c"},
		{NULL, NULL, NULL, NULL},
	};

	trace("netgroup.basic", names, q);
}
END_TEST

START_TEST(odd_bytes)
{
	static const char *const names[] = {
		"cr", "v1", "b1", "b2", "z1", "z2", "z3", "z4", "z5", "eof", "(d,e,f)", NULL,
	};
	static const char *const q[][4] = {
		{"cr", "a", "b", "c"}, {"cr\r", NULL, NULL, NULL}, {"z2", "h", "h", "h"},
		{"eof", "n", "o", "nl"}, {NULL, NULL, NULL, NULL},
	};

	trace("netgroup.odd", names, q);
}
END_TEST

START_TEST(no_newline)
{
	static const char *const names[] = {"last", NULL};
	static const char *const q[][4] = {{"last", NULL, NULL, NULL}, {NULL, NULL, NULL, NULL}};

	trace("netgroup.noeol", names, q);
}
END_TEST

START_TEST(missing_file)
{
	struct acct_trace t;
	char *h = unset, *u = unset, *d = unset;
	int fds = lwbt_count_fds();

	acct_etc("netgroup", NULL);
	acct_trace_open(&t);
	group(&t, "g1");
	in(&t, "g1", NULL, NULL, NULL);
	errno = SENTINEL;
	acct_printf(&t, "getnetgrent = %d", getnetgrent(&h, &u, &d));
	acct_printf(&t, " errno %d\n", errno);
	acct_expect(&t, "netgroup.missing");
	ck_assert(h == unset && u == unset && d == unset);
	ck_assert_int_eq(lwbt_count_fds(), fds);
}
END_TEST

static void add_repeat(FILE *f, const char *s, size_t n)
{
	while (n--)
		fputs(s, f);
}

/* Triples around getnetgrent's 1024-byte buffer, a long triple in a
 * nested group, and long lines. */
START_TEST(long_lines)
{
	static const char *const names[] = {"L1019", "L1020", "big", "big2", "sub", "many", "wide", NULL};
	static const char *const q[][4] = {
		{"L1019", NULL, "u", "d"}, {"L1020", NULL, "u", "d"}, {"big", "after", "a", "a"},
		{"big2", "x", "x", "x"}, {"big2", "y", "y", "y"}, {"big2", "s", "s", "s"},
		{"many", "h", "u", "d"}, {"wide", "end", "end", "end"}, {NULL, NULL, NULL, NULL},
	};
	char *text = NULL, *path;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	fputs("L1019 (", f);
	add_repeat(f, "h", 1019);
	fputs(",u,d)\nL1020 (", f);
	add_repeat(f, "h", 1020);
	fputs(",u,d)\nbig (", f);
	add_repeat(f, "h", 2000);
	fputs(",u,d) (after,a,a)\nbig2 (x,x,x) sub (y,y,y)\nsub (", f);
	add_repeat(f, "h", 1500);
	fputs(" ", f);
	add_repeat(f, "j", 1500);
	fputs(",u,d) (s,s,s)\nmany", f);
	add_repeat(f, " (h,u,d)", 500);
	fputs(" \\\n (last,u,d)\nwide ", f);
	add_repeat(f, "w", 200000);
	fputs(" (end,end,end)\n", f);
	fclose(f);
	path = acct_temp_file(text, len);
	free(text);
	{
		struct acct_trace t;

		acct_etc("netgroup", path);
		acct_trace_open(&t);
		for (const char *const *n = names; *n; n++)
			group(&t, *n);
		for (const char *const (*qq)[4] = q; (*qq)[0]; qq++)
			in(&t, (*qq)[0], (*qq)[1], (*qq)[2], (*qq)[3]);
		acct_expect(&t, "netgroup.long");
	}
	unlink(path);
	free(path);
}
END_TEST

/* The enumeration across other calls: a second setnetgrent starts over,
 * innetgr keeps to itself, endnetgrent ends it, an unknown group empties
 * it. */
START_TEST(sequences)
{
	char *path = acct_fixture("netgroup.basic");
	struct acct_trace t;
	char *h, *u, *d;
	int r;

	acct_etc("netgroup", path);
	acct_trace_open(&t);
	h = u = d = unset;
	errno = SENTINEL;
	r = getnetgrent(&h, &u, &d);
	acct_printf(&t, "before any set: %d errno %d\n", r, errno);
	set(&t, "a");
	r = getnetgrent(&h, &u, &d);
	acct_printf(&t, "first %d", r);
	triple(&t, h, u, d);
	acct_printf(&t, "\n");
	set(&t, "a");
	r = getnetgrent(&h, &u, &d);
	acct_printf(&t, "again %d", r);
	triple(&t, h, u, d);
	acct_printf(&t, "\n");
	in(&t, "b", "3", "3", "3");
	in(&t, "a", "4", "4", "4");
	acct_printf(&t, "then\n");
	walk(&t);
	set(&t, "a");
	endnetgrent();
	walk(&t);
	set(&t, "a");
	set(&t, "nope");
	walk(&t);
	endnetgrent();
	endnetgrent();
	acct_expect(&t, "netgroup.sequences");
	free(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("netgroup file");
	TCase *tc = tcase_create("netgroup");

	if (!acct_namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, basic);
	tcase_add_test(tc, odd_bytes);
	tcase_add_test(tc, no_newline);
	tcase_add_test(tc, missing_file);
	tcase_add_test(tc, long_lines);
	tcase_add_test(tc, sequences);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
