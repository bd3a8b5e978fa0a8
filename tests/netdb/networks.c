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

START_TEST(enumerate)
{
	FILE *t = ndt_trace();

	ndt_etc1("networks", "networks");
	ndt_enumerate(t, &ndt_networks);
	ndt_expect(t, "networks-enumerate");
}
END_TEST

START_TEST(sweep)
{
	FILE *t = ndt_trace();

	ndt_etc1("networks", "networks");
	ndt_sweep(t, &ndt_networks);
	ndt_expect(t, "networks-sweep");
}
END_TEST

static const char *const by_name[] = {
	"loopback", "LOOPBACK", "lo2", "LO", "upper", "Upper", "low", "Low", "LOW",
	"short", "nameonly", "five", "t2", ".1", "again", "dupnet", "nosuch", "",
};

/* net/type, AF_UNSPEC 0, AF_INET 2, AF_INET6 10 */
static const char *const by_addr[] = {
	"0x7f000000/2", "0x7f000000/0", "0x7f000000/10", "0x7f000000/-1",
	"0x7f000000/1", "127/2", "0/2", "0xa000000/2", "0xa/2", "0xa9fe0000/2",
	"0xffffffff/2", "0xff000000/2", "0xa141e00/2", "0xa010000/2", "0xa5f0000/2",
	"0x7f000001/2",
};

START_TEST(lookups)
{
	FILE *t = ndt_trace();

	ndt_etc1("networks", "networks");
	for (size_t i = 0; i < sizeof by_name / sizeof *by_name; i++)
		ndt_lookup(t, &ndt_networks, "name", by_name[i], i < 4);
	for (size_t i = 0; i < sizeof by_addr / sizeof *by_addr; i++)
		ndt_lookup(t, &ndt_networks, "number", by_addr[i], i < 4);
	ndt_expect(t, "networks-lookups");
}
END_TEST

static void missing_or_empty(FILE *t)
{
	ndt_enumerate(t, &ndt_networks);
	ndt_sweep(t, &ndt_networks);
	ndt_lookup(t, &ndt_networks, "name", "loopback", 1);
	ndt_lookup(t, &ndt_networks, "number", "0x7f000000/2", 1);
	ndt_lookup(t, &ndt_networks, "number", "0x7f000000/10", 1);
}

START_TEST(missing)
{
	FILE *t = ndt_trace();

	ndt_etc1("networks", NULL);
	missing_or_empty(t);
	ndt_expect(t, "networks-missing");
}
END_TEST

START_TEST(empty)
{
	FILE *t = ndt_trace();

	ndt_etc1("networks", ndt_text("", 0));
	missing_or_empty(t);
	ndt_expect(t, "networks-empty");
}
END_TEST

START_TEST(long_lines_and_many_aliases)
{
	size_t cap = 1 << 20, n = 0;
	char *text = malloc(cap);
	FILE *t = ndt_trace();

	ck_assert(text);
	memset(text, 'n', 100000);
	n += 100000;
	n += (size_t)sprintf(text + n, " 10.1 long\nmany 10.2");
	for (int i = 0; i < 20000; i++)
		n += (size_t)sprintf(text + n, " a%d", i);
	n += (size_t)sprintf(text + n, "\nlast 10.3");
	ndt_etc1("networks", ndt_text(text, n));
	free(text);
	ndt_enumerate(t, &ndt_networks);
	ndt_sweep(t, &ndt_networks);
	ndt_lookup(t, &ndt_networks, "name", "A19999", 1);
	ndt_lookup(t, &ndt_networks, "name", "long", 1);
	ndt_lookup(t, &ndt_networks, "number", "0x0a030000/2", 1);
	ndt_expect(t, "networks-long");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("networks");
	TCase *tc = tcase_create("networks");

	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, names_and_numbers);
	tcase_add_test(tc, enumerate);
	tcase_add_test(tc, sweep);
	tcase_add_test(tc, lookups);
	tcase_add_test(tc, missing);
	tcase_add_test(tc, empty);
	tcase_add_test(tc, long_lines_and_many_aliases);
	suite_add_tcase(s, tc);
	return ndt_run(s);
}
