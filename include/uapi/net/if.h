/*
 * libwildebeest: <net/if.h> that coexists with <linux/if.h> in either order.
 *
 * When the C library's header comes first, musl sets the __UAPI_DEF_IF_*
 * switches to 0 and the kernel's <linux/if.h> leaves out its copies. When
 * the kernel's header comes first it has already defined struct ifmap,
 * struct ifreq and struct ifconf, and musl defines them again (glibc
 * fails there too, on its IFF_* enumeration). Keep musl's copies out of the
 * way: the layouts and the ifr_* member macros are the same, and the IFF_*
 * values musl defines again are the kernel's.
 */
#ifndef __LWB_UAPI_NET_IF_H
#define __LWB_UAPI_NET_IF_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#if !defined(__GLIBC__) && defined(_LINUX_IF_H)
#if __UAPI_DEF_IF_IFMAP
#define __LWB_UAPI_KERNEL_IFMAP 1
#define ifmap __lwb_musl_ifmap
#endif
#if __UAPI_DEF_IF_IFREQ
#define __LWB_UAPI_KERNEL_IFREQ 1
#define ifreq __lwb_musl_ifreq
#endif
#if __UAPI_DEF_IF_IFCONF
#define __LWB_UAPI_KERNEL_IFCONF 1
#define ifconf __lwb_musl_ifconf
#endif
#endif

#include_next <net/if.h>

#ifdef __LWB_UAPI_KERNEL_IFMAP
#undef ifmap
#endif
#ifdef __LWB_UAPI_KERNEL_IFREQ
#undef ifreq
#endif
#ifdef __LWB_UAPI_KERNEL_IFCONF
#undef ifconf
#endif

#endif
