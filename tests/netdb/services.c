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

/* By name: "name/proto" ("name/" for an empty protocol, no slash for any);
 * by port: "port/proto", or "=value" for a raw s_port argument. */
static const struct ndt_key lookups[] = {
	{"name", "http/tcp", 1}, {"name", "www/udp", 1}, {"name", "www-http", 1},
	{"name", "www", 1}, {"name", "http", 1}, {"name", "http/sctp", 1},
	{"name", "http/ddp", 1}, {"name", "HTTP/tcp", 1}, {"name", "http/TCP", 0},
	{"name", "http2/tcp", 0}, {"name", "HTTP2/tcp", 0}, {"name", "dupname/tcp", 0},
	{"name", "first", 0}, {"name", "second", 0}, {"name", "noproto/", 0},
	{"name", "noproto", 0}, {"name", "emptyproto/", 0}, {"name", "slashes/tcp/udp", 0},
	{"name", "slashes/tcp", 0}, {"name", "al2/ddp", 0}, {"name", "al2", 0},
	{"name", "last/udp", 0}, {"name", "l1", 0}, {"name", "hidden", 0}, {"name", "nul", 0},
	{"name", "minusone", 0}, {"name", "toobig", 0}, {"name", "", 0}, {"name", "/tcp", 0},
	{"name", "80/tcp", 0}, {"name", "vt2", 0}, {"name", "cr", 0}, {"name", "cr\r", 0},
	{"port", "80", 1}, {"port", "80/udp", 1}, {"port", "80/sctp", 1},
	{"port", "80/UDP", 1}, {"port", "84/tcp", 0}, {"port", "85/", 0}, {"port", "85", 0},
	{"port", "0/tcp", 0}, {"port", "4464/tcp", 0}, {"port", "65535", 0}, {"port", "86", 0},
	{"port", "87", 0}, {"port", "64", 0}, {"port", "=0x5000", 0}, {"port", "=0x15000", 0},
	{"port", "=-0xb000", 0}, {"port", "=0x7fff5000", 0}, {"port", "104/udp", 0},
	{"port", "1/tcp", 0}, {"port", "9999", 0},
	{0},
};

static const struct ndt_key few[] = {
	{"name", "http/tcp", 1}, {"port", "80", 1}, {0},
};

/* A 100 KB name, an entry with 20000 aliases, a 100 KB comment, and an
 * ordinary last line with no newline. */
static char *long_text(size_t *len)
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
	*len = n;
	return text;
}

static const struct ndt_key long_lookups[] = {
	{"name", "a19999/tcp", 1}, {"name", "long", 1}, {"name", "last", 1},
	{"port", "4/udp", 1}, {0},
};

int main(void)
{
	return ndt_run_file_suite(&(struct ndt_file_suite){"services", &ndt_services,
		names_aliases_and_protocols, lookups, few, long_text, long_lookups});
}
