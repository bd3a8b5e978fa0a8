/*
 * The kernel's headers first, then the C library's. glibc cannot include
 * its <net/if_arp.h>, <netpacket/packet.h> or <net/if.h> after the
 * kernel's <linux/if_arp.h>, <linux/if_packet.h> and <linux/if.h>, so on
 * glibc those kernel headers are left out (the values then come from
 * glibc's own headers); every other pair is included in this order on both.
 */
#define _GNU_SOURCE
#include <features.h>
#ifndef __GLIBC__
#include <linux/if_arp.h>
#include <linux/if_packet.h>
#include <linux/if.h>
#endif
#include <linux/if_ether.h>
#include <linux/in6.h>
#include <linux/ipv6.h>
#include <linux/prctl.h>
#include <linux/xattr.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netpacket/packet.h>
#include <netinet/if_ether.h>
#include <net/if_arp.h>
#include <sys/prctl.h>
#include <sys/xattr.h>
#include <unistd.h>

/* glibc's IN6_* macros do not compile on the kernel's in6_addr. */
#ifdef __GLIBC__
#define LWBT_IN6_MACROS 0
#else
#define LWBT_IN6_MACROS 1
#endif
#include "coexist.h"

void lwbt_uapi_kernel_first(void);

void lwbt_uapi_kernel_first(void)
{
	check_all("kernel first");
}
