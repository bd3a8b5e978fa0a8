/* /etc/services: getservent, getservbyname, getservbyport and their _r
 * variants against fixtures/services, a missing and an empty file, and
 * very long lines. The traces in expected/ are glibc 2.36's. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "netdbtest.h"

/* What musl alone gets wrong, stated plainly. */
START_TEST(names_aliases_and_protocols)
{
	struct servent *s;

	ndt_etc1("services", "services");
	s = getservbyname("www", "udp");
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->s_name, "http");	/* the canonical name, not the alias */
	ck_assert_int_eq(s->s_port, htons(80));
	ck_assert_str_eq(s->s_proto, "udp");
	ck_assert_str_eq(s->s_aliases[0], "www");
	ck_assert_str_eq(s->s_aliases[1], "www-http");
	ck_assert_ptr_null(s->s_aliases[2]);
	s = getservbyname("http", "sctp");	/* any protocol */
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->s_proto, "sctp");
	s = getservbyname("al2", "ddp");
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->s_name, "ddp");
	s = getservbyname("http", NULL);	/* the first, whatever its protocol */
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->s_proto, "tcp");
	ck_assert_ptr_null(getservbyname("HTTP", "tcp"));	/* case matters */
	ck_assert_ptr_null(getservbyname("http", "TCP"));
	s = getservbyport(htons(84), "tcp");	/* the first line wins */
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->s_name, "dupport");
	s = getservbyport(htons(70000 & 0xffff), NULL);
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->s_name, "bigport");
	setservent(0);
	s = getservent();
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->s_name, "tcpmux");
	endservent();
}
END_TEST

START_TEST(enumerate)
{
	FILE *t = ndt_trace();

	ndt_etc1("services", "services");
	ndt_enumerate(t, &ndt_services);
	ndt_expect(t, "services-enumerate");
}
END_TEST

START_TEST(sweep)
{
	FILE *t = ndt_trace();

	ndt_etc1("services", "services");
	ndt_sweep(t, &ndt_services);
	ndt_expect(t, "services-sweep");
}
END_TEST

static const char *const by_name[] = {
	"http/tcp", "www/udp", "www-http", "www", "http", "http/sctp", "http/ddp",
	"HTTP/tcp", "http/TCP", "http2/tcp", "HTTP2/tcp", "dupname/tcp", "first",
	"second", "noproto/", "noproto", "emptyproto/", "slashes/tcp/udp",
	"slashes/tcp", "al2/ddp", "al2", "last/udp", "l1", "hidden", "nul",
	"minusone", "toobig", "", "/tcp", "80/tcp", "vt2", "cr", "cr\r",
};

static const char *const by_port[] = {
	"80", "80/udp", "80/sctp", "80/UDP", "84/tcp", "85/", "85", "0/tcp",
	"4464/tcp", "65535", "86", "87", "64", "=0x5000", "=0x15000",
	"=-0xb000", "=0x7fff5000", "104/udp", "1/tcp", "9999",
};

START_TEST(lookups)
{
	FILE *t = ndt_trace();

	ndt_etc1("services", "services");
	for (size_t i = 0; i < sizeof by_name / sizeof *by_name; i++)
		ndt_lookup(t, &ndt_services, "name", by_name[i], i < 8);
	for (size_t i = 0; i < sizeof by_port / sizeof *by_port; i++)
		ndt_lookup(t, &ndt_services, "port", by_port[i], i < 4);
	ndt_expect(t, "services-lookups");
}
END_TEST

static void missing_or_empty(FILE *t)
{
	ndt_enumerate(t, &ndt_services);
	ndt_sweep(t, &ndt_services);
	ndt_lookup(t, &ndt_services, "name", "http/tcp", 1);
	ndt_lookup(t, &ndt_services, "port", "80", 1);
}

START_TEST(missing)
{
	FILE *t = ndt_trace();

	ndt_etc1("services", NULL);
	missing_or_empty(t);
	ndt_expect(t, "services-missing");
}
END_TEST

START_TEST(empty)
{
	FILE *t = ndt_trace();

	ndt_etc1("services", ndt_text("", 0));
	missing_or_empty(t);
	ndt_expect(t, "services-empty");
}
END_TEST

/* A 100 KB name, an entry with 20000 aliases, a 100 KB comment, and an
 * ordinary last line with no newline. */
static char *long_lines(void)
{
	size_t cap = 1 << 20, n = 0;
	char *text = malloc(cap);

	ck_assert(text);
	n += (size_t)sprintf(text + n, "first 1/tcp\n");
	memset(text + n, 'x', 100000);
	n += 100000;
	n += (size_t)sprintf(text + n, " 2/tcp long\n");
	n += (size_t)sprintf(text + n, "many 3/tcp");
	for (int i = 0; i < 20000; i++)
		n += (size_t)sprintf(text + n, " a%d", i);
	text[n++] = '\n';
	text[n++] = '#';
	memset(text + n, 'c', 100000);
	n += 100000;
	n += (size_t)sprintf(text + n, "\nlast 4/udp");
	text[n] = 0;
	return text;
}

START_TEST(long_lines_and_many_aliases)
{
	FILE *t = ndt_trace();
	char *text = long_lines();

	ndt_etc1("services", ndt_text(text, strlen(text)));
	free(text);
	ndt_enumerate(t, &ndt_services);
	ndt_sweep(t, &ndt_services);
	ndt_lookup(t, &ndt_services, "name", "a19999/tcp", 1);
	ndt_lookup(t, &ndt_services, "name", "long", 1);
	ndt_lookup(t, &ndt_services, "name", "last", 1);
	ndt_lookup(t, &ndt_services, "port", "4/udp", 1);
	ndt_expect(t, "services-long");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("services");
	TCase *tc = tcase_create("services");

	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, names_aliases_and_protocols);
	tcase_add_test(tc, enumerate);
	tcase_add_test(tc, sweep);
	tcase_add_test(tc, lookups);
	tcase_add_test(tc, missing);
	tcase_add_test(tc, empty);
	tcase_add_test(tc, long_lines_and_many_aliases);
	suite_add_tcase(s, tc);
	return ndt_run(s);
}
