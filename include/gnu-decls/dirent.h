/*
 * libwildebeest: <dirent.h> with glibc's getdents64 and name-length
 * macros, on top of musl's.
 *
 * Under _GNU_SOURCE, getdents64 is glibc's function, ssize_t
 * getdents64(int, void *, size_t), reading raw linux_dirent64 records
 * (struct dirent's layout); musl 1.2.3 made it a macro for its int
 * getdents(int, struct dirent *, size_t), and musl 1.2.4 dropped the
 * symbol. The function is in libwildebeest-gnu-decls.
 * Also under _GNU_SOURCE, scandirat: scandir for a path relative to a
 * directory descriptor. In the default and GNU modes, getdirentries: the
 * records from fd, with the directory offset they start at in *basep.
 * _D_EXACT_NAMLEN(d) is the length of d->d_name, _D_ALLOC_NAMLEN(d) the
 * bytes the record holds for it; in every mode, as on glibc (the names are
 * the implementation's).
 */
#ifndef __LWB_GNU_DECLS_DIRENT_H
#define __LWB_GNU_DECLS_DIRENT_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <dirent.h>

#ifndef __GLIBC__
#ifndef _D_EXACT_NAMLEN
#define _D_EXACT_NAMLEN(d) (strlen((d)->d_name))
#endif
#ifndef _D_ALLOC_NAMLEN
#define _D_ALLOC_NAMLEN(d) (((char *)(d) + (d)->d_reclen) - &(d)->d_name[0])
#endif

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#include <sys/types.h>
#ifdef __cplusplus
extern "C" {
#endif
ssize_t getdirentries(int, char *, size_t, off_t *);
#ifdef _GNU_SOURCE
#undef getdents64
ssize_t getdents64(int, void *, size_t);
int scandirat(int, const char *, struct dirent ***,
	int (*)(const struct dirent *),
	int (*)(const struct dirent **, const struct dirent **));
#endif
#ifdef __cplusplus
}
#endif
#endif
#endif

#endif
