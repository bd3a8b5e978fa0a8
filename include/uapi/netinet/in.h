/*
 * libwildebeest: <netinet/in.h> that coexists with <linux/in6.h> and
 * <linux/ipv6.h> in either order.
 *
 * The kernel's headers and the C library coordinate through
 * <linux/libc-compat.h>. When the C library's header comes first, musl
 * already does its part: it sets the __UAPI_DEF_* switches to 0 and the
 * kernel leaves out struct in6_addr and the rest. When the kernel's header
 * comes first, glibc's <netinet/in.h> leaves out its own copies and uses
 * the kernel's (its __USE_KERNEL_IPV6_DEFS); musl's defines them again. So
 * when the kernel has already defined a structure, keep musl's copy out of
 * the way, together with the in6addr_any and in6addr_loopback declarations
 * that name it, and keep the kernel's s6_addr, s6_addr16 and s6_addr32
 * member macros, which fit the structure that is in force. The layouts are
 * the same; musl's IN6_IS_ADDR_* macros look at the bytes, not the members,
 * so they work on the kernel's structure.
 */
#ifndef __LWB_UAPI_NETINET_IN_H
#define __LWB_UAPI_NETINET_IN_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

/* The installed kernel headers guard <linux/in6.h> with _LINUX_IN6_H; a
 * copy taken from the kernel's source tree (systemd vendors one in
 * src/basic/linux/) keeps the source's _UAPI_LINUX_IN6_H. */
#if !defined(__GLIBC__) && (defined(_LINUX_IN6_H) || defined(_UAPI_LINUX_IN6_H))
#if __UAPI_DEF_IN6_ADDR
#define __LWB_UAPI_KERNEL_IN6_ADDR 1
#define in6_addr __lwb_musl_in6_addr
#define in6addr_any __lwb_musl_in6addr_any
#define in6addr_loopback __lwb_musl_in6addr_loopback
#pragma push_macro("s6_addr")
#pragma push_macro("s6_addr16")
#pragma push_macro("s6_addr32")
#endif
#if __UAPI_DEF_SOCKADDR_IN6
#define __LWB_UAPI_KERNEL_SOCKADDR_IN6 1
#define sockaddr_in6 __lwb_musl_sockaddr_in6
#endif
#if __UAPI_DEF_IPV6_MREQ
#define __LWB_UAPI_KERNEL_IPV6_MREQ 1
#define ipv6_mreq __lwb_musl_ipv6_mreq
#endif
#endif

/* <linux/ipv6.h> adds these two, under their own switches. */
#if !defined(__GLIBC__) && (defined(_IPV6_H) || defined(_UAPI_IPV6_H)) && \
	(defined(_LINUX_IN6_H) || defined(_UAPI_LINUX_IN6_H))
#if __UAPI_DEF_IN6_PKTINFO
#define __LWB_UAPI_KERNEL_IN6_PKTINFO 1
#define in6_pktinfo __lwb_musl_in6_pktinfo
#endif
#if __UAPI_DEF_IP6_MTUINFO
#define __LWB_UAPI_KERNEL_IP6_MTUINFO 1
#define ip6_mtuinfo __lwb_musl_ip6_mtuinfo
#endif
#endif

#include_next <netinet/in.h>

#ifdef __LWB_UAPI_KERNEL_IN6_ADDR
#undef in6_addr
#undef in6addr_any
#undef in6addr_loopback
#undef s6_addr
#undef s6_addr16
#undef s6_addr32
#pragma pop_macro("s6_addr")
#pragma pop_macro("s6_addr16")
#pragma pop_macro("s6_addr32")
#ifdef __cplusplus
extern "C" {
#endif
extern const struct in6_addr in6addr_any, in6addr_loopback;
#ifdef __cplusplus
}
#endif
#endif
#ifdef __LWB_UAPI_KERNEL_SOCKADDR_IN6
#undef sockaddr_in6
#endif
#ifdef __LWB_UAPI_KERNEL_IPV6_MREQ
#undef ipv6_mreq
#endif
#ifdef __LWB_UAPI_KERNEL_IN6_PKTINFO
#undef in6_pktinfo
#endif
#ifdef __LWB_UAPI_KERNEL_IP6_MTUINFO
#undef ip6_mtuinfo
#endif

#endif
