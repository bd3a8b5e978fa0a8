/*
 * libwildebeest: <fcntl.h> with glibc's flock operations, on top of musl's.
 *
 * glibc's <fcntl.h> defines LOCK_SH, LOCK_EX, LOCK_NB and LOCK_UN in the
 * default and GNU modes, and the Linux LOCK_MAND, LOCK_READ, LOCK_WRITE and
 * LOCK_RW under _GNU_SOURCE; musl has the first four only in <sys/file.h>,
 * and code (systemd among it) that includes just <fcntl.h> for them does
 * not build. The values are the kernel's, as in musl's <sys/file.h>.
 *
 * glibc's O_ACCMODE is 03, the bits of O_RDONLY, O_WRONLY and O_RDWR. musl's
 * adds O_PATH, because musl's O_SEARCH and O_EXEC are O_PATH: there an
 * O_PATH descriptor (opened with, or read back by F_GETFL with, O_PATH) is
 * of no access mode among the three, and code written for Linux, which
 * checks `(flags & O_ACCMODE) == O_RDONLY` with O_PATH in flags (systemd's
 * open_mkdir_at), rejects it. O_PATH is a GNU name on glibc, so the GNU
 * mode gets glibc's mask.
 */
#ifndef __LWB_GNU_DECLS_FCNTL_H
#define __LWB_GNU_DECLS_FCNTL_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <fcntl.h>

#if (defined(_GNU_SOURCE) || defined(_BSD_SOURCE)) && !defined(__GLIBC__)
#ifndef LOCK_SH
#define LOCK_SH 1
#endif
#ifndef LOCK_EX
#define LOCK_EX 2
#endif
#ifndef LOCK_NB
#define LOCK_NB 4
#endif
#ifndef LOCK_UN
#define LOCK_UN 8
#endif
#endif

#if defined(_GNU_SOURCE) && !defined(__GLIBC__)
#ifndef LOCK_MAND
#define LOCK_MAND 32
#endif
#ifndef LOCK_READ
#define LOCK_READ 64
#endif
#ifndef LOCK_WRITE
#define LOCK_WRITE 128
#endif
#ifndef LOCK_RW
#define LOCK_RW 192
#endif
#undef O_ACCMODE
#define O_ACCMODE 03
#endif

#endif
