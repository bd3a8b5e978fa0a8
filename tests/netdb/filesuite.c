/* The tests every file database (services, protocols, rpc, networks) runs
 * the same way, driven by the database's struct ndt_file_suite: the
 * enumeration, the buffer sweep and the lookups over fixtures/<name>, a
 * missing and an empty file, and very long lines. Each traces into
 * expected/<name>-<test>.txt. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "netdbtest.h"

/* The suite being run: set before the tests fork. */
static const struct ndt_file_suite *fs;

static void lookups(FILE *t, const struct ndt_key *k)
{
	for (; k->by; k++)
		ndt_lookup(t, fs->db, k->by, k->key, k->sizes);
}

/* Compares the trace with expected/<name>-<test>.txt. */
static void expect(FILE *t, const char *test)
{
	char name[64];

	ck_assert((size_t)snprintf(name, sizeof name, "%s-%s", fs->name, test) < sizeof name);
	ndt_expect(t, name);
}

START_TEST(enumerate)
{
	FILE *t = ndt_trace();

	ndt_etc1(fs->name, fs->name);
	ndt_enumerate(t, fs->db);
	expect(t, "enumerate");
}
END_TEST

START_TEST(sweep)
{
	FILE *t = ndt_trace();

	ndt_etc1(fs->name, fs->name);
	ndt_sweep(t, fs->db);
	expect(t, "sweep");
}
END_TEST

START_TEST(lookups_in_the_file)
{
	FILE *t = ndt_trace();

	ndt_etc1(fs->name, fs->name);
	lookups(t, fs->lookups);
	expect(t, "lookups");
}
END_TEST

/* No file and an empty file: the enumeration, the sweep and a few
 * lookups, traced the same way. */
static void missing_or_empty(const char *fixture, const char *test)
{
	FILE *t = ndt_trace();

	ndt_etc1(fs->name, fixture);
	ndt_enumerate(t, fs->db);
	ndt_sweep(t, fs->db);
	lookups(t, fs->few);
	expect(t, test);
}

START_TEST(missing)
{
	missing_or_empty(NULL, "missing");
}
END_TEST

START_TEST(empty)
{
	missing_or_empty(ndt_text("", 0), "empty");
}
END_TEST

START_TEST(long_lines_and_many_aliases)
{
	size_t len;
	char *text = fs->long_text(&len);
	FILE *t = ndt_trace();

	ndt_etc1(fs->name, ndt_text(text, len));
	free(text);
	ndt_enumerate(t, fs->db);
	ndt_sweep(t, fs->db);
	lookups(t, fs->long_lookups);
	expect(t, "long");
}
END_TEST

char *ndt_long_text(char fill, const char *first, const char *many, const char *last,
	size_t *len)
{
	size_t cap = 1 << 20, n = 0;
	char *text = malloc(cap);

	ck_assert(text);
	memset(text, fill, 100000);
	n += 100000;
	n += (size_t)sprintf(text + n, " %s long\nmany %s", first, many);
	for (int i = 0; i < 20000; i++)
		n += (size_t)sprintf(text + n, " a%d", i);
	n += (size_t)sprintf(text + n, "\nlast %s", last);
	*len = n;
	return text;
}

int ndt_run_file_suite(const struct ndt_file_suite *suite)
{
	Suite *s = suite_create(suite->name);
	TCase *tc = tcase_create(suite->name);

	fs = suite;
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, suite->own);
	tcase_add_test(tc, enumerate);
	tcase_add_test(tc, sweep);
	tcase_add_test(tc, lookups_in_the_file);
	tcase_add_test(tc, missing);
	tcase_add_test(tc, empty);
	tcase_add_test(tc, long_lines_and_many_aliases);
	suite_add_tcase(s, tc);
	return ndt_run(s);
}
