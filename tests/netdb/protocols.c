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

static const struct ndt_key lookups[] = {
	{"name", "tcp", 1}, {"name", "TCP", 1}, {"name", "udp", 1}, {"name", "Udp", 1},
	{"name", "UDP", 1}, {"name", "tcp2", 1}, {"name", "TCP2", 0}, {"name", "ip", 0},
	{"name", "IP", 0}, {"name", "sctp", 0}, {"name", "NEG", 0}, {"name", "neg", 0},
	{"name", "big", 0}, {"name", "BIG", 0}, {"name", "oct", 0}, {"name", "plus", 0},
	{"name", "numx", 0}, {"name", "spaces", 0}, {"name", "leading", 0}, {"name", "lead", 0},
	{"name", "c", 0}, {"name", "cr", 0}, {"name", "nameonly", 0}, {"name", "dupalias", 0},
	{"name", "comment", 0}, {"name", "", 0},
	{"number", "6", 1}, {"number", "0", 1}, {"number", "1", 1}, {"number", "17", 1},
	{"number", "132", 0}, {"number", "-1", 0}, {"number", "-2147483648", 0},
	{"number", "2147483647", 0}, {"number", "10", 0}, {"number", "16", 0}, {"number", "20", 0},
	{"number", "23", 0}, {"number", "24", 0}, {"number", "25", 0}, {"number", "26", 0},
	{"number", "33", 0}, {"number", "99", 0},
	{0},
};

static const struct ndt_key few[] = {
	{"name", "tcp", 1}, {"number", "6", 1}, {0},
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
	return ndt_run_file_suite(&(struct ndt_file_suite){"protocols", &ndt_protocols,
		the_file_and_its_aliases, lookups, few, long_text, long_lookups});
}
