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

static const struct ndt_key lookups[] = {
	{"name", "portmapper", 1}, {"name", "sunrpc", 1}, {"name", "PORTMAPPER", 1},
	{"name", "rpcbind", 1}, {"name", "Upper", 1}, {"name", "upper", 1},
	{"name", "al", 0}, {"name", "Al", 0}, {"name", "nfs", 0}, {"name", "neg", 0},
	{"name", "hex", 0}, {"name", "oct", 0}, {"name", "plus", 0}, {"name", "big", 0},
	{"name", "huge", 0}, {"name", "numx", 0}, {"name", "spaces", 0}, {"name", "lead", 0},
	{"name", "c", 0}, {"name", "c#omment", 0}, {"name", "n17", 0}, {"name", "named", 0},
	{"name", "w", 0}, {"name", "v", 0}, {"name", "again", 0}, {"name", "dupnumber", 0},
	{"name", "", 0},
	{"number", "100000", 1}, {"number", "100001", 1}, {"number", "100007", 1},
	{"number", "5", 1}, {"number", "-1", 0}, {"number", "10", 0}, {"number", "7", 0},
	{"number", "-2147483648", 0}, {"number", "0", 0}, {"number", "14", 0}, {"number", "15", 0},
	{"number", "16", 0}, {"number", "17", 0}, {"number", "18", 0}, {"number", "100099", 0},
	{0},
};

static const struct ndt_key few[] = {
	{"name", "portmapper", 1}, {"number", "100000", 1}, {0},
};

static char *long_text(size_t *len)
{
	return ndt_long_text('p', "1", "2", "3", len);
}

static const struct ndt_key long_lookups[] = {
	{"name", "a19999", 1}, {"name", "long", 1}, {"number", "3", 1}, {0},
};

int main(void)
{
	return ndt_run_file_suite(&(struct ndt_file_suite){"rpc", &ndt_rpc,
		the_file_and_its_aliases, lookups, few, long_text, long_lookups});
}
