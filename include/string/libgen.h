/*
 * libwildebeest: <libgen.h> as glibc has it, on top of musl's.
 *
 * basename is a macro for __xpg_basename, the POSIX version (musl's own),
 * so that it wins over the GNU basename of <string.h> in either include
 * order, as on glibc.
 */
#ifndef __LWB_STRING_LIBGEN_H
#define __LWB_STRING_LIBGEN_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#ifndef __GLIBC__
#undef basename
#define basename __xpg_basename
#endif

#include_next <libgen.h>

#endif
