/*
 * libwildebeest: <utmpx.h> with glibc's database path names, on top of
 * musl's.
 *
 * glibc's <utmpx.h>, under _GNU_SOURCE, includes <paths.h> and names the
 * utmpx databases: _PATH_UTMPX and _PATH_WTMPX, and their aliases
 * UTMPX_FILE and WTMPX_FILE, each the same string as the <paths.h> name
 * without the X, and the ut_type ACCOUNTING (9). systemd passes them to
 * utmpxname() and updwtmpx(). musl has none of them; they follow musl's
 * own _PATH_UTMP and _PATH_WTMP ("/dev/null/utmp": musl keeps no utmp
 * database, and its utmpxname() fails with ENOTSUP), as glibc's follow
 * its own.
 */
#ifndef __LWB_GNU_DECLS_UTMPX_H
#define __LWB_GNU_DECLS_UTMPX_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <utmpx.h>

#if defined(_GNU_SOURCE) && !defined(__GLIBC__)
#include <paths.h>
#ifndef _PATH_UTMPX
#define _PATH_UTMPX _PATH_UTMP
#endif
#ifndef _PATH_WTMPX
#define _PATH_WTMPX _PATH_WTMP
#endif
#ifndef UTMPX_FILE
#define UTMPX_FILE _PATH_UTMPX
#endif
#ifndef WTMPX_FILE
#define WTMPX_FILE _PATH_WTMPX
#endif
/* The ut_type of process accounting records; musl has it in <utmp.h>. */
#ifndef ACCOUNTING
#define ACCOUNTING 9
#endif
#endif

#endif
