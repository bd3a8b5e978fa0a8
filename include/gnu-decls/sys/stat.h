/*
 * libwildebeest: <sys/stat.h> with glibc's permission masks, on top of
 * musl's: ACCESSPERMS (0777), ALLPERMS (07777) and DEFFILEMODE (0666), in
 * the default and GNU modes, as glibc gives them.
 */
#ifndef __LWB_GNU_DECLS_SYS_STAT_H
#define __LWB_GNU_DECLS_SYS_STAT_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/stat.h>

/* musl's _BSD_SOURCE is glibc's __USE_MISC: on by default, or asked for. */
#if (defined(_GNU_SOURCE) || defined(_BSD_SOURCE)) && !defined(__GLIBC__)
#ifndef ACCESSPERMS
#define ACCESSPERMS (S_IRWXU|S_IRWXG|S_IRWXO)
#endif
#ifndef ALLPERMS
#define ALLPERMS (S_ISUID|S_ISGID|S_ISVTX|S_IRWXU|S_IRWXG|S_IRWXO)
#endif
#ifndef DEFFILEMODE
#define DEFFILEMODE (S_IRUSR|S_IWUSR|S_IRGRP|S_IWGRP|S_IROTH|S_IWOTH)
#endif
#endif

#endif
