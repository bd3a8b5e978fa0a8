/*
 * libwildebeest: <sys/xattr.h> and <linux/xattr.h>.
 *
 * Nothing to settle on musl: like glibc, musl's header sets
 * __UAPI_DEF_XATTR to 0 so a later <linux/xattr.h> leaves out
 * XATTR_CREATE and XATTR_REPLACE, and after the kernel's header musl only
 * repeats the same two values. This pass-through exists so the module's
 * header-hygiene matrix checks the pair in both orders on every musl and
 * kernel it is built against.
 */
#ifndef __LWB_UAPI_SYS_XATTR_H
#define __LWB_UAPI_SYS_XATTR_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/xattr.h>

#endif
