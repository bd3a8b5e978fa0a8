/* The kernel's values, from its headers alone: what glibc uses, and what
 * musl's second definitions must agree with. */
#define _GNU_SOURCE
#include <linux/if_ether.h>
#include <linux/if_arp.h>
#include <linux/in6.h>
#include <linux/ipv6.h>
#include <linux/if.h>
#include <linux/if_packet.h>
#include <linux/prctl.h>
#include <linux/xattr.h>
#include "lwbtest.h"
#include "consts.h"
#include "macros.h"

const struct lwbt_const lwbt_kernel_consts[] = {
	LWBT_MACROS_LINUX_IF_ETHER_H
	LWBT_MACROS_LINUX_IF_ARP_H
	LWBT_MACROS_LINUX_IPV6_H
	LWBT_MACROS_LINUX_IF_H
	LWBT_MACROS_LINUX_IF_PACKET_H
	LWBT_MACROS_LINUX_PRCTL_H
	LWBT_MACROS_LINUX_XATTR_H
	LWBT_END
};
