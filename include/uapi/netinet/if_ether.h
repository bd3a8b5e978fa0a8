/*
 * libwildebeest: <netinet/if_ether.h> that coexists with <linux/if_ether.h>.
 *
 * glibc's header takes struct ethhdr and the ETH_* constants from the
 * kernel's <linux/if_ether.h>, so the two can be included in either order.
 * musl defines its own struct ethhdr unconditionally (and only then sets
 * __UAPI_DEF_ETHHDR to 0, which helps when musl's header comes first).
 * Do what glibc does: include the kernel's header, then keep musl's
 * duplicate of the structure out of the way. The layout is the same; the
 * ETH_* values musl defines again are the kernel's.
 */
#ifndef __LWB_UAPI_NETINET_IF_ETHER_H
#define __LWB_UAPI_NETINET_IF_ETHER_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#if !defined(__GLIBC__) && defined(__has_include)
#if __has_include(<linux/if_ether.h>)
#include <linux/if_ether.h>
#define __LWB_UAPI_KERNEL_ETHHDR 1
#endif
#endif

#ifdef __LWB_UAPI_KERNEL_ETHHDR
#define ethhdr __lwb_musl_ethhdr
#endif

#include_next <netinet/if_ether.h>

#ifdef __LWB_UAPI_KERNEL_ETHHDR
#undef ethhdr
#endif

#endif
