/* /etc/rpc: getrpcent, getrpcbyname, getrpcbynumber and their
 * _r variants against fixtures/rpc, a missing and an empty file, and
 * very long lines. The traces in expected/ are glibc 2.36's. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "netdbtest.h"

/* musl has no rpc database at all. */
START_TEST(the_file_and_its_aliases)
{
	struct rpcent *r;

	ndt_etc1("rpc", "rpc");
	r = getrpcbyname("sunrpc");
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r->r_name, "portmapper");
	ck_assert_int_eq(r->r_number, 100000);
	ck_assert_str_eq(r->r_aliases[0], "portmap");
	ck_assert_str_eq(r->r_aliases[2], "rpcbind");
	ck_assert_ptr_null(r->r_aliases[3]);
	ck_assert_ptr_null(getrpcbyname("PORTMAPPER"));	/* case matters */
	r = getrpcbynumber(100000);	/* the first line wins */
	ck_assert_str_eq(r->r_name, "portmapper");
	r = getrpcbynumber(100007);
	ck_assert_ptr_nonnull(r);
	ck_assert_ptr_null(r->r_aliases[0]);
}
END_TEST

START_TEST(enumerate)
{
	FILE *t = ndt_trace();

	ndt_etc1("rpc", "rpc");
	ndt_enumerate(t, &ndt_rpc);
	ndt_expect(t, "rpc-enumerate");
}
END_TEST

START_TEST(sweep)
{
	FILE *t = ndt_trace();

	ndt_etc1("rpc", "rpc");
	ndt_sweep(t, &ndt_rpc);
	ndt_expect(t, "rpc-sweep");
}
END_TEST

static const char *const by_name[] = {
	"portmapper", "sunrpc", "PORTMAPPER", "rpcbind", "Upper", "upper", "al",
	"Al", "nfs", "neg", "hex", "oct", "plus", "big", "huge", "numx", "spaces",
	"lead", "c", "c#omment", "n17", "named", "w", "v", "again", "dupnumber", "",
};

static const char *const by_number[] = {
	"100000", "100001", "100007", "5", "-1", "10", "7", "-2147483648", "0",
	"14", "15", "16", "17", "18", "100099",
};

START_TEST(lookups)
{
	FILE *t = ndt_trace();

	ndt_etc1("rpc", "rpc");
	for (size_t i = 0; i < sizeof by_name / sizeof *by_name; i++)
		ndt_lookup(t, &ndt_rpc, "name", by_name[i], i < 6);
	for (size_t i = 0; i < sizeof by_number / sizeof *by_number; i++)
		ndt_lookup(t, &ndt_rpc, "number", by_number[i], i < 4);
	ndt_expect(t, "rpc-lookups");
}
END_TEST

static void missing_or_empty(FILE *t)
{
	ndt_enumerate(t, &ndt_rpc);
	ndt_sweep(t, &ndt_rpc);
	ndt_lookup(t, &ndt_rpc, "name", "portmapper", 1);
	ndt_lookup(t, &ndt_rpc, "number", "100000", 1);
}

START_TEST(missing)
{
	FILE *t = ndt_trace();

	ndt_etc1("rpc", NULL);
	missing_or_empty(t);
	ndt_expect(t, "rpc-missing");
}
END_TEST

START_TEST(empty)
{
	FILE *t = ndt_trace();

	ndt_etc1("rpc", ndt_text("", 0));
	missing_or_empty(t);
	ndt_expect(t, "rpc-empty");
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
	ndt_etc1("rpc", ndt_text(text, n));
	free(text);
	ndt_enumerate(t, &ndt_rpc);
	ndt_sweep(t, &ndt_rpc);
	ndt_lookup(t, &ndt_rpc, "name", "a19999", 1);
	ndt_lookup(t, &ndt_rpc, "name", "long", 1);
	ndt_lookup(t, &ndt_rpc, "number", "3", 1);
	ndt_expect(t, "rpc-long");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("rpc");
	TCase *tc = tcase_create("rpc");

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
