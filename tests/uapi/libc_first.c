/*
 * The C library's headers first, then the kernel's. The guard-based pairs
 * (<net/if.h>, <netinet/in.h>) come before anything that pulls kernel
 * headers in. glibc cannot include <linux/if_arp.h> or <linux/if_packet.h>
 * after its <net/if_arp.h> and <netpacket/packet.h> (redefinitions), so on
 * glibc those two are left out and its values come from its own headers
 * alone: the same checks, which musl with libwildebeest must pass with both.
 */
#define _GNU_SOURCE
#include <net/if.h>
#include <netinet/in.h>
#include <netpacket/packet.h>
#include <netinet/if_ether.h>
#include <net/if_arp.h>
#include <sys/prctl.h>
#include <sys/xattr.h>
#include <unistd.h>
#ifndef __GLIBC__
#include <linux/if_arp.h>
#include <linux/if_packet.h>
#endif
#include <linux/if_ether.h>
#include <linux/in6.h>
#include <linux/ipv6.h>
#include <linux/if.h>
#include <linux/prctl.h>
#include <linux/xattr.h>

#define LWBT_IN6_MACROS 1
#include "coexist.h"

void lwbt_uapi_kernel_first(void);

START_TEST(libc_headers_first)
{
	check_all("C library first");
}
END_TEST

START_TEST(kernel_headers_first)
{
	lwbt_uapi_kernel_first();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("uapi");
	TCase *tc = tcase_create("coexistence");

	tcase_add_test(tc, libc_headers_first);
	tcase_add_test(tc, kernel_headers_first);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
