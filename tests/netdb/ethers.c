/* <netinet/ether.h>: ether_aton(_r), ether_ntoa(_r), ether_line, and
 * ether_hostton and ether_ntohost against fixtures/ethers, a missing file
 * and long lines. The traces in expected/ are glibc 2.36's. */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/ether.h>
#include <stdlib.h>
#include <string.h>
#include "netdbtest.h"

static void octets(FILE *t, const struct ether_addr *a)
{
	for (int i = 0; i < 6; i++)
		fprintf(t, "%s%02x", i ? "." : " ", a->ether_addr_octet[i]);
}

/* musl pads with zeros in uppercase: "08:00:20:01:02:0A". */
START_TEST(glibc_format)
{
	struct ether_addr a = { { 8, 0, 0x20, 1, 0xab, 0x0c } }, *p;
	char buf[18];

	ck_assert_str_eq(ether_ntoa(&a), "8:0:20:1:ab:c");
	ck_assert_ptr_eq(ether_ntoa_r(&a, buf), buf);
	ck_assert_str_eq(buf, "8:0:20:1:ab:c");
	p = ether_aton("8:0:20:1:AB:c junk");	/* what follows a space is not read */
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(memcmp(p, &a, 6), 0);
	ck_assert_ptr_null(ether_aton("008:0:20:1:ab:c"));
	ck_assert_ptr_null(ether_aton(":0:20:1:ab:c"));
}
END_TEST

static const char *const addresses[] = {
	"1:2:3:4:5:6", "01:02:03:04:05:06", "0a:0B:cc:DD:ee:FF", "A:B:C:D:E:F",
	"ff:ff:ff:ff:ff:ff", "0:0:0:0:0:0", "001:2:3:4:5:6", "1:2:3:4:5",
	"1:2:3:4:5:6:7", "1:2:3:4:5:6x", "1:2:3:4:5:6:", "1:2:3:4:5:6_",
	":1:2:3:4:5", "1::3:4:5:6", "1-2-3-4-5-6", "g:2:3:4:5:6", "100:2:3:4:5:6",
	"1:2:3:4:5:6 junk", " 1:2:3:4:5:6", "1:2:3:4:5: 6", "1 :2:3:4:5:6",
	"1:2:3:4:5:6\t", "1:2:3:4:5:6\n", "1:2:3:4:5:6\v", "1:2:3:4:5:6\f",
	"1:2:3:4:5:6\r", "1:2:3:4:5:6#", "1:2:3:4:5:6,", "1:2:3:4:5:6.",
	"0x1:2:3:4:5:6", "1:2:3:4:5:6\xa0", "12:34:56:78:9a:bc", "1:2:3:4:5:",
	"", "1:2:3:4:5:0f", "1:2:3:4:5:f0 x", "1:2:3:4:5:66 ", "1;2:3:4:5:6",
	"1:2:3:4:56:7", "1:2:3:4:5:678", "1:2:3:4:5:67x", "1:2:3:4:5:67:",
	"1:2:3:4:567:8", "12x:2:3:4:5:6", "1:2:3:4:5:ag", "1:2:3:4:5:a-",
	"1:2:3:4:5:-a", "aa:bb:cc:dd:ee:ff:00", "1:23x:3:4:5:6", "12:", "1",
	"1:2:3:x", "12:34:5g:6:7:8",
};

static const char *const lines[] = {
	"8:0:20:1:2:3 pluto", "8:0:20:1:2:3\tpluto", "8:0:20:1:2:3  pluto  ",
	"8:0:20:1:2:3 pluto extra", "8:0:20:1:2:3 pluto#c", "8:0:20:1:2:3 #c",
	"8:0:20:1:2:3", "8:0:20:1:2:3 ", " 8:0:20:1:2:3 x", "8:0:20:1:2:34 x",
	"8:0:20:1:2:345 x", "8:0:20:1:2:3x y", "# comment", "", "pluto 8:0:20:1:2:3",
	"8:0:20:1:2:3 a.b-c_d", "8:0:20:1:2:3 UPPER", "8:0:20:1:2:3 pl#uto",
	"8:0:20:1:2:3 x\n", "8:0:20:1:2:3#x", "8:0:20:1:2:34x y", "8:0:20:1:2:34xy z",
	"8:0:20:1:2:34#y", "8:0:20:1:2:3\nx", "8:0:20:1:2:3\t", "8:0:20:1:2:3 \t x\ty",
	"8:0:20:1:2:3 x#", "8:0:20:1:2:3 x,y", "8:0:20:1:2:3 x\ny", "8:0:20:1:2:3 x\ry",
	"8:0:20:1:2:34 ", "8:0:20:1:2:34x", "8:0:20:1:2:34", "1:2:3:x host",
	"8:0:20:1:2:3\v\fhost", "8:0:20:1:2:3 h\xa0st",
};

START_TEST(parsing)
{
	FILE *t = ndt_trace();
	struct ether_addr a, *p;
	char host[64];

	for (size_t i = 0; i < sizeof addresses / sizeof *addresses; i++) {
		fprintf(t, "ether_aton(\"%s\")", addresses[i]);
		p = ether_aton(addresses[i]);
		if (p)
			octets(t, p);
		else
			fputs(" NULL", t);
		memset(&a, 0xee, sizeof a);
		p = ether_aton_r(addresses[i], &a);
		fprintf(t, "; _r %s", p == &a ? "ok" : p ? "?" : "NULL");
		octets(t, &a);
		fputc('\n', t);
	}
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
		memset(&a, 0xee, sizeof a);
		strcpy(host, "UNTOUCHED");
		errno = NDT_ERRNO;
		fprintf(t, "ether_line(\"%s\") = %d", lines[i], ether_line(lines[i], &a, host));
		ndt_status(t, errno, NDT_HERRNO);
		octets(t, &a);
		fprintf(t, " \"%s\"\n", host);
	}
	ndt_expect(t, "ethers-parsing");
}
END_TEST

static const char *const hosts[] = {
	"pluto", "PLUTO", "Pluto", "second", "pluto2", "PLUTO2", "extra", "dup",
	"lead", "x", "", "a", "b", "hexprefix", "plus", "minuszero", "minusone",
	"innerspace", "big", "leadingzero", "empty", "short", "hexlast", "overflow",
	"seven", "comma", "x,", "space", "y", "tab", "upper", "last", "nosuch",
};

static const char *const addrs[] = {
	"8:0:20:1:2:3", "8:0:20:1:2:4", "8:0:20:1:2:5", "8:0:20:1:2:6", "8:0:20:1:2:7",
	"8:0:20:1:2:8", "8:0:20:1:2:9", "8:0:20:1:2:a", "8:0:20:1:2:b", "8:0:20:1:2:c",
	"8:0:20:1:2:d", "8:0:20:1:2:e", "8:0:20:1:2:f", "8:0:20:1:2:10",
	"ff:0:20:1:2:11", "8:0:20:1:2:12", "8:0:20:1:2:13", "8:0:20:1:2:14",
	"8:0:20:1:2:15", "8:0:20:1:2:16", "8:0:20:1:2:34", "8:0:20:1:2:17",
	"8:0:20:1:2:18", "aa:bb:cc:dd:ee:ff", "8:0:20:1:2:1a", "8:0:20:1:2:1b",
	"0:0:0:0:0:0",
};

static void lookups(FILE *t, size_t nhosts, size_t naddrs)
{
	struct ether_addr a;
	char host[2048];
	int r;

	for (size_t i = 0; i < nhosts; i++) {
		memset(&a, 0xee, sizeof a);
		errno = NDT_ERRNO;
		r = ether_hostton(hosts[i], &a);
		fprintf(t, "ether_hostton(\"%s\") = %d", hosts[i], r);
		ndt_status(t, errno, NDT_HERRNO);
		octets(t, &a);
		fputc('\n', t);
	}
	for (size_t i = 0; i < naddrs; i++) {
		strcpy(host, "UNTOUCHED");
		errno = NDT_ERRNO;
		r = ether_ntohost(host, ether_aton(addrs[i]));
		fprintf(t, "ether_ntohost(%s) = %d", addrs[i], r);
		ndt_status(t, errno, NDT_HERRNO);
		fprintf(t, " \"%.40s\" (%zu bytes)\n", host, strlen(host));
	}
}

START_TEST(file)
{
	FILE *t = ndt_trace();

	ndt_etc1("ethers", "ethers");
	lookups(t, sizeof hosts / sizeof *hosts, sizeof addrs / sizeof *addrs);
	ndt_expect(t, "ethers-file");
}
END_TEST

START_TEST(missing)
{
	FILE *t = ndt_trace();

	ndt_etc1("ethers", NULL);
	lookups(t, 2, 2);
	ndt_expect(t, "ethers-missing");
}
END_TEST

/* glibc reads /etc/ethers through 1024 bytes: a line of 1021 bytes and
 * its newline pass, one more and every lookup that reaches it fails with
 * ERANGE. Nothing is cut short. */
static void long_line(FILE *t, size_t len)
{
	char *text = malloc(len + 64);
	int n;

	ck_assert(text);
	n = sprintf(text, "8:0:20:1:2:3 ");
	memset(text + n, 'h', len - (size_t)n);
	sprintf(text + len, "\n8:0:20:1:2:4 pluto\n");
	fprintf(t, "a first line of %zu bytes\n", len);
	ndt_etc1("ethers", ndt_text(text, strlen(text)));
	free(text);
	lookups(t, 1, 2);
}

START_TEST(line_of_1021_bytes)
{
	FILE *t = ndt_trace();

	long_line(t, 1021);
	ndt_expect(t, "ethers-1021");
}
END_TEST

START_TEST(line_of_1022_bytes)
{
	FILE *t = ndt_trace();

	long_line(t, 1022);
	ndt_expect(t, "ethers-1022");
}
END_TEST

START_TEST(line_of_100k)
{
	FILE *t = ndt_trace();

	long_line(t, 100000);
	ndt_expect(t, "ethers-100k");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ethers");
	TCase *tc = tcase_create("ethers");

	tcase_add_test(tc, glibc_format);
	tcase_add_test(tc, parsing);
	tcase_add_test(tc, file);
	tcase_add_test(tc, missing);
	tcase_add_test(tc, line_of_1021_bytes);
	tcase_add_test(tc, line_of_1022_bytes);
	tcase_add_test(tc, line_of_100k);
	suite_add_tcase(s, tc);
	return ndt_run(s);
}
