/*
 * Test fixture: <linux/in6.h> the way projects vendor it from the kernel's
 * source tree (systemd 252's src/basic/linux/in6.h, included as
 * <linux/in6.h> ahead of the system's): guarded by the source's
 * _UAPI_LINUX_IN6_H, not the installed header's _LINUX_IN6_H. Only the
 * three structures and their switches from <linux/libc-compat.h>, written
 * for this test with the kernel's ABI.
 */
#ifndef _UAPI_LINUX_IN6_H
#define _UAPI_LINUX_IN6_H

#include <linux/types.h>
#include <linux/libc-compat.h>

#if __UAPI_DEF_IN6_ADDR
struct in6_addr {
	union {
		__u8 u6_addr8[16];
#if __UAPI_DEF_IN6_ADDR_ALT
		__be16 u6_addr16[8];
		__be32 u6_addr32[4];
#endif
	} in6_u;
#define s6_addr in6_u.u6_addr8
#if __UAPI_DEF_IN6_ADDR_ALT
#define s6_addr16 in6_u.u6_addr16
#define s6_addr32 in6_u.u6_addr32
#endif
};
#endif

#if __UAPI_DEF_SOCKADDR_IN6
struct sockaddr_in6 {
	unsigned short int sin6_family;
	__be16 sin6_port;
	__be32 sin6_flowinfo;
	struct in6_addr sin6_addr;
	__u32 sin6_scope_id;
};
#endif

#if __UAPI_DEF_IPV6_MREQ
struct ipv6_mreq {
	struct in6_addr ipv6mr_multiaddr;
	int ipv6mr_ifindex;
};
#endif

#endif
