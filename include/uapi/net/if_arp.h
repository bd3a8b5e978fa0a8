/*
 * libwildebeest: <net/if_arp.h> that coexists with <linux/if_arp.h>.
 *
 * Both define struct arphdr, struct arpreq and struct arpreq_old, and the
 * kernel's header has no __UAPI_DEF_* switch for them, so on glibc as on
 * musl the pair fails in either order. The only way to make the kernel's
 * later inclusion harmless is the one glibc uses for <linux/if_ether.h> and
 * <linux/prctl.h>: include the kernel's header here, first, and keep the
 * C library's duplicates out of the way. The structures have the same
 * layout in both; ARPHRD_*, ARPOP_* and ATF_* have the same values, and
 * MAX_ADDR_LEN stays the C library's 7 (the kernel's <linux/netdevice.h>
 * says 32) whenever this header is included, as on glibc.
 *
 * The kernel's <linux/if_arp.h> brings <linux/netdevice.h> with it, and so
 * <linux/if.h>, <linux/if_ether.h> and <linux/if_packet.h>: this module's
 * <net/if.h>, <netinet/if_ether.h> and <netpacket/packet.h> coexist with
 * those too.
 */
#ifndef __LWB_UAPI_NET_IF_ARP_H
#define __LWB_UAPI_NET_IF_ARP_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#if !defined(__GLIBC__) && defined(__has_include)
#if __has_include(<linux/if_arp.h>)
#include <linux/if_arp.h>
#define __LWB_UAPI_KERNEL_ARPHDR 1
#endif
#endif

#ifdef __LWB_UAPI_KERNEL_ARPHDR
#define arphdr __lwb_musl_arphdr
#define arpreq __lwb_musl_arpreq
#define arpreq_old __lwb_musl_arpreq_old
#endif

#include_next <net/if_arp.h>

#ifdef __LWB_UAPI_KERNEL_ARPHDR
#undef arphdr
#undef arpreq
#undef arpreq_old
#endif

#endif
