/* /etc/hosts: sethostent, gethostent, gethostent_r, endhostent against
 * fixtures/hosts, a missing and an empty file, and very long lines. The
 * traces in expected/ are glibc 2.36's. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "netdbtest.h"

/* musl's gethostent returns nothing. glibc's returns IPv4 entries only. */
START_TEST(ipv4_only)
{
	struct hostent *h;
	char a[INET_ADDRSTRLEN];

	ndt_etc1("hosts", "hosts");
	h = gethostent();
	ck_assert_ptr_nonnull(h);
	ck_assert_str_eq(h->h_name, "localhost");
	h = gethostent();	/* ::1 stands for 127.0.0.1 */
	ck_assert_ptr_nonnull(h);
	ck_assert_int_eq(h->h_addrtype, AF_INET);
	ck_assert_int_eq(h->h_length, 4);
	ck_assert_str_eq(inet_ntop(AF_INET, h->h_addr_list[0], a, sizeof a), "127.0.0.1");
	ck_assert_ptr_null(h->h_addr_list[1]);
	ck_assert_str_eq(h->h_aliases[0], "ip6-localhost");
	h = gethostent();	/* fe80::1%eth0 ... ff02::1 are skipped */
	ck_assert_str_eq(h->h_name, "foo.example.com");
	ck_assert_str_eq(h->h_aliases[1], "fooalias");
	ck_assert_ptr_null(h->h_aliases[2]);
	endhostent();
}
END_TEST

START_TEST(enumerate)
{
	FILE *t = ndt_trace();

	ndt_etc1("hosts", "hosts");
	ndt_enumerate(t, &ndt_hosts);
	ndt_expect(t, "hosts-enumerate");
}
END_TEST

START_TEST(sweep)
{
	FILE *t = ndt_trace();

	ndt_etc1("hosts", "hosts");
	ndt_sweep(t, &ndt_hosts);
	ndt_expect(t, "hosts-sweep");
}
END_TEST

static void missing_or_empty(FILE *t)
{
	ndt_enumerate(t, &ndt_hosts);
	ndt_sweep(t, &ndt_hosts);
}

START_TEST(missing)
{
	FILE *t = ndt_trace();

	ndt_etc1("hosts", NULL);
	missing_or_empty(t);
	ndt_expect(t, "hosts-missing");
}
END_TEST

START_TEST(empty)
{
	FILE *t = ndt_trace();

	ndt_etc1("hosts", ndt_text("", 0));
	missing_or_empty(t);
	ndt_expect(t, "hosts-empty");
}
END_TEST

START_TEST(long_lines_and_many_aliases)
{
	size_t cap = 1 << 20, n = 0;
	char *text = malloc(cap);
	FILE *t = ndt_trace();

	ck_assert(text);
	n += (size_t)sprintf(text + n, "10.0.0.1 ");
	memset(text + n, 'h', 100000);
	n += 100000;
	n += (size_t)sprintf(text + n, " long\n::1 many");
	for (int i = 0; i < 20000; i++)
		n += (size_t)sprintf(text + n, " a%d", i);
	n += (size_t)sprintf(text + n, "\n2001:db8::1 skipped");
	for (int i = 0; i < 20000; i++)
		n += (size_t)sprintf(text + n, " s%d", i);
	n += (size_t)sprintf(text + n, "\n10.0.0.3 last");
	ndt_etc1("hosts", ndt_text(text, n));
	free(text);
	ndt_enumerate(t, &ndt_hosts);
	ndt_sweep(t, &ndt_hosts);
	ndt_expect(t, "hosts-long");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("hosts");
	TCase *tc = tcase_create("hosts");

	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, ipv4_only);
	tcase_add_test(tc, enumerate);
	tcase_add_test(tc, sweep);
	tcase_add_test(tc, missing);
	tcase_add_test(tc, empty);
	tcase_add_test(tc, long_lines_and_many_aliases);
	suite_add_tcase(s, tc);
	return ndt_run(s);
}
