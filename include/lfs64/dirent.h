/*
 * libwildebeest: <dirent.h> with glibc's large-file names, on top of
 * musl's. Under _LARGEFILE64_SOURCE or _GNU_SOURCE: ino64_t, struct
 * dirent64 (struct dirent, whose layout is the kernel's 64-bit record),
 * readdir64 and readdir64_r (deprecated, as on glibc); in the default and
 * GNU modes getdirentries64; under _GNU_SOURCE alphasort64, versionsort64,
 * scandir64 and scandirat64. Each is its non-64 counterpart
 * (libwildebeest-lfs64; scandirat and getdirentries are
 * libwildebeest-gnu-decls'). musl 1.2.3's getdents64 macro goes too: glibc
 * declares getdents64 under _GNU_SOURCE only (libwildebeest-gnu-decls).
 */
#ifndef __LWB_LFS64_DIRENT_H
#define __LWB_LFS64_DIRENT_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <dirent.h>

#if (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)) && !defined(__GLIBC__)
#undef ino64_t
#undef off64_t
#undef dirent64
#undef readdir64
#undef readdir64_r
#undef getdirentries64
#undef alphasort64
#undef versionsort64
#undef scandir64
#undef scandirat64
#ifndef _GNU_SOURCE
#undef getdents64
#endif
#ifndef __LWB_INO64_T
#define __LWB_INO64_T
typedef ino_t ino64_t;
#endif
#define dirent64 dirent
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#include <sys/types.h>
#endif
#ifdef __cplusplus
extern "C" {
#endif
struct dirent *readdir64(DIR *);
int readdir64_r(DIR *__restrict, struct dirent *__restrict, struct dirent **__restrict)
#if defined(__GNUC__) || defined(__clang__)
	__attribute__((__deprecated__))
#endif
	;
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
ssize_t getdirentries64(int, char *, size_t, off_t *);
#endif
#ifdef _GNU_SOURCE
int alphasort64(const struct dirent **, const struct dirent **);
int versionsort64(const struct dirent **, const struct dirent **);
int scandir64(const char *, struct dirent ***, int (*)(const struct dirent *),
	int (*)(const struct dirent **, const struct dirent **));
int scandirat64(int, const char *, struct dirent ***, int (*)(const struct dirent *),
	int (*)(const struct dirent **, const struct dirent **));
#endif
#ifdef __cplusplus
}
#endif
#endif

#endif
