/*
 * A vendored copy of the kernel's <linux/in6.h> (source-tree guard
 * _UAPI_LINUX_IN6_H), then the C library's <netinet/in.h> and
 * <arpa/inet.h>: systemd 252's networkd does this (src/basic/linux/in6.h
 * through linux/ipv6_route.h, then sd-netlink.h's <netinet/in.h>). glibc
 * takes the kernel's structures; so does libwildebeest's mask, which used
 * to know only the installed header's guard.
 */
#define _GNU_SOURCE
#include "vendored/in6.h"
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include "lwbtest.h"

START_TEST(kernel_structures_serve_the_library)
{
	struct sockaddr_in6 sa;
	struct ipv6_mreq mreq;
	char text[INET6_ADDRSTRLEN];

	ck_assert_uint_eq(sizeof(struct in6_addr), 16);
	ck_assert_uint_eq(sizeof(struct sockaddr_in6), 28);
	ck_assert_uint_eq(offsetof(struct sockaddr_in6, sin6_addr), 8);
	ck_assert_uint_eq(sizeof(mreq), 20);

	memset(&sa, 0, sizeof sa);
	sa.sin6_family = AF_INET6;
	sa.sin6_port = htons(53);
	ck_assert_int_eq(inet_pton(AF_INET6, "fe80::1:2", &sa.sin6_addr), 1);
	ck_assert_uint_eq(sa.sin6_addr.s6_addr[0], 0xfe);
	ck_assert_uint_eq(sa.sin6_addr.s6_addr[15], 0x02);
	ck_assert_ptr_nonnull(inet_ntop(AF_INET6, &sa.sin6_addr, text, sizeof text));
	ck_assert_str_eq(text, "fe80::1:2");

	/* The library's constants, declared with the kernel's type. */
	ck_assert_ptr_nonnull(inet_ntop(AF_INET6, &in6addr_loopback, text, sizeof text));
	ck_assert_str_eq(text, "::1");
	ck_assert_int_eq(memcmp(&in6addr_any, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("uapi vendored");
	TCase *tc = tcase_create("in6");

	tcase_add_test(tc, kernel_structures_serve_the_library);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
