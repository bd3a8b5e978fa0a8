/*
 * libwildebeest: <sys/prctl.h> that coexists with <linux/prctl.h>.
 *
 * glibc's <sys/prctl.h> is the kernel's <linux/prctl.h> plus the prctl()
 * prototype, so every PR_* constant and struct prctl_mm_map come from the
 * kernel and the two headers can be included in either order. musl defines
 * the constants and struct prctl_mm_map itself, which clashes with the
 * kernel's header in both orders. Do what glibc does: include the kernel's
 * header, then keep musl's duplicate structure out of the way. The PR_*
 * values musl defines again are the kernel's; constants newer than musl
 * (PR_SET_VMA, PR_SCHED_CORE, ...) come from the kernel, as on glibc.
 */
#ifndef __LWB_UAPI_SYS_PRCTL_H
#define __LWB_UAPI_SYS_PRCTL_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#if !defined(__GLIBC__) && defined(__has_include)
#if __has_include(<linux/prctl.h>)
#include <linux/prctl.h>
#define __LWB_UAPI_KERNEL_PRCTL_MM_MAP 1
#endif
#endif

#ifdef __LWB_UAPI_KERNEL_PRCTL_MM_MAP
#define prctl_mm_map __lwb_musl_prctl_mm_map
#endif

#include_next <sys/prctl.h>

#ifdef __LWB_UAPI_KERNEL_PRCTL_MM_MAP
#undef prctl_mm_map
#endif

#endif
