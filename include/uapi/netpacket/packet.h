/*
 * libwildebeest: <netpacket/packet.h> that coexists with <linux/if_packet.h>.
 *
 * Both define struct sockaddr_ll and struct packet_mreq with no
 * __UAPI_DEF_* switch, so the pair fails in either order on glibc and on
 * musl. This module's <net/if_arp.h> must include the kernel's
 * <linux/if_arp.h>, which brings <linux/if_packet.h>, so without this mask
 * <net/if_arp.h> + <netpacket/packet.h> (fine on glibc) would break. Settle
 * it as <net/if_arp.h> does: the kernel's header first, the C library's
 * duplicates out of the way. Same layouts; the PACKET_* values musl defines
 * again are the kernel's.
 */
#ifndef __LWB_UAPI_NETPACKET_PACKET_H
#define __LWB_UAPI_NETPACKET_PACKET_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#if !defined(__GLIBC__) && defined(__has_include)
#if __has_include(<linux/if_packet.h>)
#include <linux/if_packet.h>
#define __LWB_UAPI_KERNEL_SOCKADDR_LL 1
#endif
#endif

#ifdef __LWB_UAPI_KERNEL_SOCKADDR_LL
#define sockaddr_ll __lwb_musl_sockaddr_ll
#define packet_mreq __lwb_musl_packet_mreq
#endif

#include_next <netpacket/packet.h>

#ifdef __LWB_UAPI_KERNEL_SOCKADDR_LL
#undef sockaddr_ll
#undef packet_mreq
#endif

#endif
