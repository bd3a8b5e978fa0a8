/* /etc/protocols: getprotoent, getprotobyname, getprotobynumber and their
 * _r variants against fixtures/protocols, a missing and an empty file, and
 * very long lines. The traces in expected/ are glibc 2.36's. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "netdbtest.h"

/* What musl alone gets wrong (a built-in table without aliases). */
START_TEST(the_file_and_its_aliases)
{
	struct protoent *p;

	ndt_etc1("protocols", "protocols");
	p = getprotobyname("tcp");
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->p_proto, 6);
	ck_assert_str_eq(p->p_aliases[0], "TCP");
	ck_assert_ptr_null(p->p_aliases[1]);
	p = getprotobyname("Udp");	/* an alias; the comment after it is not */
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(p->p_name, "udp");
	ck_assert_ptr_null(getprotobyname("tcp2"));	/* case matters */
	p = getprotobynumber(132);
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(p->p_name, "sctp");
	p = getprotobynumber(6);	/* the first line wins */
	ck_assert_str_eq(p->p_name, "tcp");
	ck_assert_ptr_null(getprotobynumber(33));	/* dccp: not in this file */
}
END_TEST

START_TEST(enumerate)
{
	FILE *t = ndt_trace();

	ndt_etc1("protocols", "protocols");
	ndt_enumerate(t, &ndt_protocols);
	ndt_expect(t, "protocols-enumerate");
}
END_TEST

START_TEST(sweep)
{
	FILE *t = ndt_trace();

	ndt_etc1("protocols", "protocols");
	ndt_sweep(t, &ndt_protocols);
	ndt_expect(t, "protocols-sweep");
}
END_TEST

static const char *const by_name[] = {
	"tcp", "TCP", "udp", "Udp", "UDP", "tcp2", "TCP2", "ip", "IP", "sctp",
	"NEG", "neg", "big", "BIG", "oct", "plus", "numx", "spaces", "leading",
	"lead", "c", "cr", "nameonly", "dupalias", "comment", "",
};

static const char *const by_number[] = {
	"6", "0", "1", "17", "132", "-1", "-2147483648", "2147483647", "10", "16",
	"20", "23", "24", "25", "26", "33", "99",
};

START_TEST(lookups)
{
	FILE *t = ndt_trace();

	ndt_etc1("protocols", "protocols");
	for (size_t i = 0; i < sizeof by_name / sizeof *by_name; i++)
		ndt_lookup(t, &ndt_protocols, "name", by_name[i], i < 6);
	for (size_t i = 0; i < sizeof by_number / sizeof *by_number; i++)
		ndt_lookup(t, &ndt_protocols, "number", by_number[i], i < 4);
	ndt_expect(t, "protocols-lookups");
}
END_TEST

static void missing_or_empty(FILE *t)
{
	ndt_enumerate(t, &ndt_protocols);
	ndt_sweep(t, &ndt_protocols);
	ndt_lookup(t, &ndt_protocols, "name", "tcp", 1);
	ndt_lookup(t, &ndt_protocols, "number", "6", 1);
}

START_TEST(missing)
{
	FILE *t = ndt_trace();

	ndt_etc1("protocols", NULL);
	missing_or_empty(t);
	ndt_expect(t, "protocols-missing");
}
END_TEST

START_TEST(empty)
{
	FILE *t = ndt_trace();

	ndt_etc1("protocols", ndt_text("", 0));
	missing_or_empty(t);
	ndt_expect(t, "protocols-empty");
}
END_TEST

START_TEST(long_lines_and_many_aliases)
{
	size_t cap = 1 << 20, n = 0;
	char *text = malloc(cap);
	FILE *t = ndt_trace();

	ck_assert(text);
	memset(text, 'p', 100000);
	n += 100000;
	n += (size_t)sprintf(text + n, " 1 long\nmany 2");
	for (int i = 0; i < 20000; i++)
		n += (size_t)sprintf(text + n, " a%d", i);
	n += (size_t)sprintf(text + n, "\nlast 3");
	ndt_etc1("protocols", ndt_text(text, n));
	free(text);
	ndt_enumerate(t, &ndt_protocols);
	ndt_sweep(t, &ndt_protocols);
	ndt_lookup(t, &ndt_protocols, "name", "a19999", 1);
	ndt_lookup(t, &ndt_protocols, "name", "long", 1);
	ndt_lookup(t, &ndt_protocols, "number", "3", 1);
	ndt_expect(t, "protocols-long");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("protocols");
	TCase *tc = tcase_create("protocols");

	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, the_file_and_its_aliases);
	tcase_add_test(tc, enumerate);
	tcase_add_test(tc, sweep);
	tcase_add_test(tc, lookups);
	tcase_add_test(tc, missing);
	tcase_add_test(tc, empty);
	tcase_add_test(tc, long_lines_and_many_aliases);
	suite_add_tcase(s, tc);
	return ndt_run(s);
}
