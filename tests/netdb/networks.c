/* /etc/networks: getnetent, getnetbyname, getnetbyaddr and their _r
 * variants against fixtures/networks, a missing and an empty file, and very
 * long lines. The traces in expected/ are glibc 2.36's. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "netdbtest.h"

/* musl's getnetbyname and getnetbyaddr always fail. */
START_TEST(names_and_numbers)
{
	struct netent *n;

	ndt_etc1("networks", "networks");
	n = getnetbyname("LOOPBACK");	/* case does not matter */
	ck_assert_ptr_nonnull(n);
	ck_assert_str_eq(n->n_name, "loopback");
	ck_assert_int_eq(n->n_addrtype, AF_INET);
	ck_assert_uint_eq(n->n_net, 0x7f000000);	/* host byte order */
	ck_assert_str_eq(n->n_aliases[1], "lo2");
	ck_assert_ptr_null(n->n_aliases[2]);
	n = getnetbyname("two");	/* "169.254" is 169.254.0.0 */
	ck_assert_uint_eq(n->n_net, 0xa9fe0000);
	n = getnetbyaddr(0xa9fe0000, AF_INET);
	ck_assert_str_eq(n->n_name, "link-local");
	ck_assert_ptr_nonnull(getnetbyaddr(0x7f000000, AF_UNSPEC));
	ck_assert_ptr_null(getnetbyaddr(0x7f000000, AF_INET6));
	ck_assert_ptr_null(getnetbyaddr(127, AF_INET));
	ck_assert_int_eq(h_errno, HOST_NOT_FOUND);
}
END_TEST

/* By address: net/type, with AF_UNSPEC 0, AF_INET 2, AF_INET6 10. */
static const struct ndt_key lookups[] = {
	{"name", "loopback", 1}, {"name", "LOOPBACK", 1}, {"name", "lo2", 1},
	{"name", "LO", 1}, {"name", "upper", 0}, {"name", "Upper", 0}, {"name", "low", 0},
	{"name", "Low", 0}, {"name", "LOW", 0}, {"name", "short", 0}, {"name", "nameonly", 0},
	{"name", "five", 0}, {"name", "t2", 0}, {"name", ".1", 0}, {"name", "again", 0},
	{"name", "dupnet", 0}, {"name", "nosuch", 0}, {"name", "", 0},
	{"number", "0x7f000000/2", 1}, {"number", "0x7f000000/0", 1},
	{"number", "0x7f000000/10", 1}, {"number", "0x7f000000/-1", 1},
	{"number", "0x7f000000/1", 0}, {"number", "127/2", 0}, {"number", "0/2", 0},
	{"number", "0xa000000/2", 0}, {"number", "0xa/2", 0}, {"number", "0xa9fe0000/2", 0},
	{"number", "0xffffffff/2", 0}, {"number", "0xff000000/2", 0},
	{"number", "0xa141e00/2", 0}, {"number", "0xa010000/2", 0},
	{"number", "0xa5f0000/2", 0}, {"number", "0x7f000001/2", 0},
	{0},
};

static const struct ndt_key few[] = {
	{"name", "loopback", 1}, {"number", "0x7f000000/2", 1},
	{"number", "0x7f000000/10", 1}, {0},
};

static char *long_text(size_t *len)
{
	return ndt_long_text('n', "10.1", "10.2", "10.3", len);
}

static const struct ndt_key long_lookups[] = {
	{"name", "A19999", 1}, {"name", "long", 1}, {"number", "0x0a030000/2", 1}, {0},
};

int main(void)
{
	return ndt_run_file_suite(&(struct ndt_file_suite){"networks", &ndt_networks,
		names_and_numbers, lookups, few, long_text, long_lookups});
}
