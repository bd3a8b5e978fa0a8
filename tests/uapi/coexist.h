/*
 * The checks both include orders must pass: glibc's sizes, offsets and
 * values for every structure and constant the C library's headers and the
 * kernel's both define. Included by libc_first.c and kernel_first.c after
 * their headers; LWBT_ORDER names the order, LWBT_PAIRED is 0 where glibc
 * cannot include the kernel's header at all (see those files).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include "lwbtest.h"
#include "consts.h"
#include "macros.h"

static const struct lwbt_const order_consts[] = {
	LWBT_MACROS_LINUX_IF_ETHER_H
	LWBT_MACROS_LINUX_IF_ARP_H
	LWBT_MACROS_LINUX_IPV6_H
	LWBT_MACROS_LINUX_IF_H
	LWBT_MACROS_LINUX_IF_PACKET_H
	LWBT_MACROS_LINUX_PRCTL_H
	LWBT_MACROS_LINUX_XATTR_H
	LWBT_END
};

static void check_ethernet(void)
{
	struct ethhdr eh;

	ck_assert_uint_eq(sizeof eh, 14);
	ck_assert_uint_eq(offsetof(struct ethhdr, h_dest), 0);
	ck_assert_uint_eq(offsetof(struct ethhdr, h_source), 6);
	ck_assert_uint_eq(offsetof(struct ethhdr, h_proto), 12);
	ck_assert_uint_eq(sizeof eh.h_dest, ETH_ALEN);
	ck_assert_int_eq(ETH_ALEN, 6);
	ck_assert_int_eq(ETH_HLEN, 14);
	ck_assert_int_eq(ETH_ZLEN, 60);
	ck_assert_int_eq(ETH_DATA_LEN, 1500);
	ck_assert_int_eq(ETH_FRAME_LEN, 1514);
	ck_assert_int_eq(ETH_P_ALL, 0x0003);
	ck_assert_int_eq(ETH_P_IP, 0x0800);
	ck_assert_int_eq(ETH_P_ARP, 0x0806);
	ck_assert_int_eq(ETH_P_8021Q, 0x8100);
	ck_assert_int_eq(ETH_P_IPV6, 0x86DD);
	/* The C library's own structures around it. */
	ck_assert_uint_eq(sizeof(struct ether_header), 14);
	ck_assert_uint_eq(sizeof(struct ether_arp), 28);
	ck_assert_uint_eq(offsetof(struct ether_arp, arp_sha), 8);
}

static void check_arp(void)
{
	ck_assert_uint_eq(sizeof(struct arphdr), 8);
	ck_assert_uint_eq(offsetof(struct arphdr, ar_hrd), 0);
	ck_assert_uint_eq(offsetof(struct arphdr, ar_pro), 2);
	ck_assert_uint_eq(offsetof(struct arphdr, ar_hln), 4);
	ck_assert_uint_eq(offsetof(struct arphdr, ar_pln), 5);
	ck_assert_uint_eq(offsetof(struct arphdr, ar_op), 6);
	ck_assert_uint_eq(sizeof(struct arpreq), 68);
	ck_assert_uint_eq(offsetof(struct arpreq, arp_ha), 16);
	ck_assert_uint_eq(offsetof(struct arpreq, arp_flags), 32);
	ck_assert_uint_eq(offsetof(struct arpreq, arp_netmask), 36);
	ck_assert_uint_eq(offsetof(struct arpreq, arp_dev), 52);
	ck_assert_uint_eq(sizeof(struct arpreq_old), 52);
	ck_assert_int_eq(ARPHRD_ETHER, 1);
	ck_assert_int_eq(ARPHRD_LOOPBACK, 772);
	ck_assert_int_eq(ARPHRD_NONE, 0xfffe);
	ck_assert_int_eq(ARPOP_REQUEST, 1);
	ck_assert_int_eq(ARPOP_REPLY, 2);
	ck_assert_int_eq(ATF_COM, 0x02);
	ck_assert_int_eq(ATF_PERM, 0x04);
	/* The C library's value, not <linux/netdevice.h>'s 32. */
	ck_assert_int_eq(MAX_ADDR_LEN, 7);
}

static void check_in6(void)
{
	static const struct in6_addr loop = IN6ADDR_LOOPBACK_INIT;
	struct in6_addr a = IN6ADDR_ANY_INIT;
	struct sockaddr_in6 sin6;

	ck_assert_uint_eq(sizeof a, 16);
	ck_assert_uint_eq(_Alignof(struct in6_addr), 4);
	ck_assert_uint_eq(sizeof a.s6_addr, 16);
	ck_assert_uint_eq(sizeof a.s6_addr16, 16);
	ck_assert_uint_eq(sizeof a.s6_addr32, 16);
	ck_assert_ptr_eq((void *)&a.s6_addr[15], (void *)((char *)&a + 15));
	ck_assert_ptr_eq((void *)&a.s6_addr16[7], (void *)((char *)&a + 14));
	ck_assert_ptr_eq((void *)&a.s6_addr32[3], (void *)((char *)&a + 12));
	ck_assert_int_eq(memcmp(&a, &in6addr_any, sizeof a), 0);
	ck_assert_int_eq(memcmp(&loop, &in6addr_loopback, sizeof loop), 0);
	ck_assert_int_eq(in6addr_loopback.s6_addr[15], 1);
	a = in6addr_loopback;
	ck_assert_int_eq(a.s6_addr32[3], (uint32_t)htonl(1));
	ck_assert_uint_eq(sizeof sin6, 28);
	ck_assert_uint_eq(offsetof(struct sockaddr_in6, sin6_family), 0);
	ck_assert_uint_eq(offsetof(struct sockaddr_in6, sin6_port), 2);
	ck_assert_uint_eq(offsetof(struct sockaddr_in6, sin6_flowinfo), 4);
	ck_assert_uint_eq(offsetof(struct sockaddr_in6, sin6_addr), 8);
	ck_assert_uint_eq(offsetof(struct sockaddr_in6, sin6_scope_id), 24);
	sin6.sin6_addr = in6addr_loopback;
	ck_assert_int_eq(sin6.sin6_addr.s6_addr[15], 1);
	ck_assert_uint_eq(sizeof(struct ipv6_mreq), 20);
	/* The interface member is ipv6mr_interface in the C library's and
	 * ipv6mr_ifindex in the kernel's, on glibc too. */
	ck_assert_uint_eq(offsetof(struct ipv6_mreq, ipv6mr_multiaddr), 0);
	ck_assert_uint_eq(sizeof(struct in6_pktinfo), 20);
	ck_assert_uint_eq(offsetof(struct in6_pktinfo, ipi6_ifindex), 16);
	ck_assert_uint_eq(sizeof(struct ip6_mtuinfo), 32);
	ck_assert_uint_eq(offsetof(struct ip6_mtuinfo, ip6m_mtu), 28);
	ck_assert_int_eq(IPPROTO_IPV6, 41);
	ck_assert_int_eq(IPPROTO_ICMPV6, 58);
	ck_assert_int_eq(IPV6_V6ONLY, 26);
	ck_assert_int_eq(IPV6_ADD_MEMBERSHIP, 20);
	ck_assert_int_eq(IPV6_RECVPKTINFO, 49);
#if LWBT_IN6_MACROS
	/* glibc's own IN6_* macros name its private union members, so they
	 * do not compile on the kernel's in6_addr: only where glibc's is in
	 * force. musl's look at the bytes and work on either. */
	ck_assert(IN6_IS_ADDR_LOOPBACK(&in6addr_loopback));
	ck_assert(IN6_IS_ADDR_UNSPECIFIED(&in6addr_any));
	ck_assert(!IN6_IS_ADDR_MULTICAST(&in6addr_loopback));
	ck_assert(IN6_ARE_ADDR_EQUAL(&loop, &in6addr_loopback));
#endif
}

static void check_if(void)
{
	struct ifreq r;
	struct ifconf c;

	ck_assert_uint_eq(sizeof r, 40);
	ck_assert_uint_eq(sizeof r.ifr_name, IFNAMSIZ);
	ck_assert_ptr_eq((void *)r.ifr_name, (void *)&r);
	ck_assert_ptr_eq((void *)&r.ifr_flags, (void *)((char *)&r + 16));
	ck_assert_ptr_eq((void *)&r.ifr_ifindex, (void *)((char *)&r + 16));
	ck_assert_ptr_eq((void *)&r.ifr_mtu, (void *)((char *)&r + 16));
	ck_assert_ptr_eq((void *)&r.ifr_hwaddr, (void *)((char *)&r + 16));
	ck_assert_ptr_eq((void *)&r.ifr_map, (void *)((char *)&r + 16));
	ck_assert_uint_eq(sizeof(struct ifmap), 24);
	ck_assert_uint_eq(offsetof(struct ifmap, base_addr), 16);
	ck_assert_uint_eq(offsetof(struct ifmap, irq), 18);
	ck_assert_uint_eq(offsetof(struct ifmap, port), 20);
	ck_assert_uint_eq(sizeof c, 16);
	ck_assert_ptr_eq((void *)&c.ifc_buf, (void *)((char *)&c + 8));
	ck_assert_ptr_eq((void *)&c.ifc_req, (void *)((char *)&c + 8));
	ck_assert_int_eq(IFNAMSIZ, 16);
	ck_assert_int_eq(IF_NAMESIZE, 16);
	ck_assert_int_eq(IFF_UP, 0x1);
	ck_assert_int_eq(IFF_LOOPBACK, 0x8);
	ck_assert_int_eq(IFF_MULTICAST, 0x1000);
}

static void check_packet(void)
{
	ck_assert_uint_eq(sizeof(struct sockaddr_ll), 20);
	ck_assert_uint_eq(offsetof(struct sockaddr_ll, sll_protocol), 2);
	ck_assert_uint_eq(offsetof(struct sockaddr_ll, sll_ifindex), 4);
	ck_assert_uint_eq(offsetof(struct sockaddr_ll, sll_hatype), 8);
	ck_assert_uint_eq(offsetof(struct sockaddr_ll, sll_pkttype), 10);
	ck_assert_uint_eq(offsetof(struct sockaddr_ll, sll_halen), 11);
	ck_assert_uint_eq(offsetof(struct sockaddr_ll, sll_addr), 12);
	ck_assert_uint_eq(sizeof(struct packet_mreq), 16);
	ck_assert_uint_eq(offsetof(struct packet_mreq, mr_type), 4);
	ck_assert_uint_eq(offsetof(struct packet_mreq, mr_alen), 6);
	ck_assert_uint_eq(offsetof(struct packet_mreq, mr_address), 8);
	ck_assert_int_eq(PACKET_HOST, 0);
	ck_assert_int_eq(PACKET_ADD_MEMBERSHIP, 1);
	ck_assert_int_eq(PACKET_MR_PROMISC, 1);
	ck_assert_int_eq(PACKET_AUXDATA, 8);
}

static void check_prctl(void)
{
	struct prctl_mm_map map;
	char name[16];

	ck_assert_uint_eq(sizeof map, 104);
	ck_assert_uint_eq(offsetof(struct prctl_mm_map, start_code), 0);
	ck_assert_uint_eq(offsetof(struct prctl_mm_map, env_end), 80);
	ck_assert_uint_eq(offsetof(struct prctl_mm_map, auxv), 88);
	ck_assert_uint_eq(offsetof(struct prctl_mm_map, auxv_size), 96);
	ck_assert_uint_eq(offsetof(struct prctl_mm_map, exe_fd), 100);
	ck_assert_int_eq(PR_SET_PDEATHSIG, 1);
	ck_assert_int_eq(PR_SET_NAME, 15);
	ck_assert_int_eq(PR_GET_NAME, 16);
	ck_assert_int_eq(PR_SET_MM, 35);
	ck_assert_int_eq(PR_SET_MM_MAP, 14);
	ck_assert_int_eq(PR_SET_MM_MAP_SIZE, 15);
	ck_assert_int_eq(PR_SET_NO_NEW_PRIVS, 38);
	ck_assert_int_eq(PR_CAP_AMBIENT, 47);
	ck_assert(PR_SET_PTRACER_ANY == (unsigned long)-1);
	/* Newer than musl 1.2.3: the kernel's, as on glibc. */
	ck_assert_int_eq(PR_SCHED_CORE, 62);
	ck_assert_int_eq(PR_SET_VMA, 0x53564d41);
	/* The running kernel agrees on the structure it reads. */
	ck_assert_int_eq(prctl(PR_SET_NAME, "lwb-uapi", 0, 0, 0), 0);
	ck_assert_int_eq(prctl(PR_GET_NAME, name, 0, 0, 0), 0);
	ck_assert_str_eq(name, "lwb-uapi");
	if (geteuid() == 0) {
		unsigned int size = 0;

		ck_assert_int_eq(prctl(PR_SET_MM, PR_SET_MM_MAP_SIZE, &size, 0, 0), 0);
		ck_assert_uint_eq(size, sizeof map);
	}
}

static void check_xattr(void)
{
	ck_assert_int_eq(XATTR_CREATE, 1);
	ck_assert_int_eq(XATTR_REPLACE, 2);
}

static void check_all(const char *order)
{
	check_ethernet();
	check_arp();
	check_in6();
	check_if();
	check_packet();
	check_prctl();
	check_xattr();
	/* Well over a hundred names on both libcs; zero would mean the
	 * tables were never filled. */
	ck_assert_int_gt(lwbt_compare_with_kernel(order, order_consts), 100);
}
