/*
 * libwildebeest: <features.h> as glibc's behaves for code outside libc.
 *
 * glibc's features.h includes <sys/cdefs.h>, so every glibc header brings
 * __THROW, __BEGIN_DECLS, __GNUC_PREREQ, __GLIBC_PREREQ and the rest, and
 * code relies on it without including sys/cdefs.h (systemd's glibc-derived
 * headers use __THROW; dracut tests __GLIBC_PREREQ). musl's features.h sets
 * up musl's feature macros; this adds libwildebeest's <sys/cdefs.h>. Like
 * glibc's, in every mode: all of it is in the implementation's namespace.
 * __GLIBC__ and glibc's __USE_* state stay undefined.
 */
#ifndef __LWB_CDEFS_FEATURES_H
#define __LWB_CDEFS_FEATURES_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <features.h>

#ifndef __GLIBC__
#include <sys/cdefs.h>
#endif

#endif
