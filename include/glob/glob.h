/*
 * libwildebeest: <glob.h> with glibc's glob_t and GNU flags, on top of
 * musl's.
 *
 * musl's glob_t is glibc's size (72 bytes on 64-bit machines) with the
 * POSIX fields in the same places and padding (__dummy1, __dummy2[5])
 * where glibc has gl_flags and the GLOB_ALTDIRFUNC functions. This header
 * gives the glibc names, in every mode as glibc does, so a caller built
 * with musl's own header passes the same layout: musl's declarations are
 * renamed away and glibc's declared instead. GLOB_MAGCHAR, GLOB_ALTDIRFUNC,
 * GLOB_BRACE, GLOB_NOMAGIC and GLOB_ONLYDIR come with the default feature
 * set (_DEFAULT_SOURCE, glibc's __USE_MISC) and, as in glibc, without any
 * feature macro in strict ISO C; GLOB_ABEND, glob_pattern_p,
 * and glob64/globfree64 as functions with _GNU_SOURCE (the last two also
 * with _LARGEFILE64_SOURCE). glob and globfree themselves come from
 * libwildebeest-glob through -Wl,--wrap.
 */
#ifndef __LWB_GLOB_GLOB_H
#define __LWB_GLOB_GLOB_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

/* Both libcs have it; it tells which one this is. */
#include <features.h>

#ifdef __GLIBC__
#include_next <glob.h>
#else

#define glob_t __lwb_musl_glob_t
#define glob __lwb_musl_glob
#define globfree __lwb_musl_globfree
#include_next <glob.h>
#undef glob_t
#undef glob
#undef globfree

#ifdef __cplusplus
extern "C" {
#endif

#ifdef _GNU_SOURCE
struct dirent;
struct stat;
#endif

typedef struct {
	size_t gl_pathc;
	char **gl_pathv;
	size_t gl_offs;
	int gl_flags;
	void (*gl_closedir)(void *);
#ifdef _GNU_SOURCE
	struct dirent *(*gl_readdir)(void *);
#else
	void *(*gl_readdir)(void *);
#endif
	void *(*gl_opendir)(const char *);
#ifdef _GNU_SOURCE
	int (*gl_lstat)(const char *__restrict, struct stat *__restrict);
	int (*gl_stat)(const char *__restrict, struct stat *__restrict);
#else
	int (*gl_lstat)(const char *__restrict, void *__restrict);
	int (*gl_stat)(const char *__restrict, void *__restrict);
#endif
} glob_t;

int glob(const char *__restrict, int, int (*)(const char *, int), glob_t *__restrict);
void globfree(glob_t *);

/* glibc hides these only from callers that asked for POSIX.2 or X/Open
 * (_REENTRANT and _THREAD_SAFE, from -pthread, count as POSIX 1995)
 * without the default names: strict ISO C without feature macros (or with
 * _POSIX_SOURCE alone) sees them. musl's default mode is _BSD_SOURCE. */
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE) || defined(_DEFAULT_SOURCE) \
	|| !(defined(_XOPEN_SOURCE) || defined(_REENTRANT) || defined(_THREAD_SAFE) \
	|| (defined(_POSIX_C_SOURCE) && (_POSIX_C_SOURCE + 0) >= 2))
#define GLOB_MAGCHAR (1 << 8)
#define GLOB_ALTDIRFUNC (1 << 9)
#define GLOB_BRACE (1 << 10)
#define GLOB_NOMAGIC (1 << 11)
#define GLOB_ONLYDIR (1 << 13)
#endif

#ifdef _GNU_SOURCE
#define GLOB_ABEND GLOB_ABORTED
int glob_pattern_p(const char *, int);
#endif

#if defined(_GNU_SOURCE) || defined(_LARGEFILE64_SOURCE)
/* musl 1.2.3 made these macros, musl 1.2.4 dropped them: functions here,
 * as in glibc, and glob64_t a structure of its own with glob_t's layout.
 * Its gl_stat and gl_lstat take glibc's struct stat64 where
 * libwildebeest-lfs64 gives it a tag of its own (in its <sys/stat.h>),
 * and otherwise struct stat, which musl 1.2.3 also calls stat64; its
 * gl_readdir returns a struct dirent, which is struct dirent64 wherever
 * musl or libwildebeest-lfs64 has that name. So glob64's callers can
 * store stat64, lstat64 and readdir64 there, as on glibc. */
#undef glob64
#undef globfree64
#undef glob64_t
#ifdef _GNU_SOURCE
#include <sys/stat.h>
#endif

typedef struct {
	size_t gl_pathc;
	char **gl_pathv;
	size_t gl_offs;
	int gl_flags;
	void (*gl_closedir)(void *);
#ifdef _GNU_SOURCE
	struct dirent *(*gl_readdir)(void *);
#else
	void *(*gl_readdir)(void *);
#endif
	void *(*gl_opendir)(const char *);
#if defined(_GNU_SOURCE) && defined(__LWB_STRUCT_STAT64)
	int (*gl_lstat)(const char *__restrict, struct stat64 *__restrict);
	int (*gl_stat)(const char *__restrict, struct stat64 *__restrict);
#elif defined(_GNU_SOURCE)
	int (*gl_lstat)(const char *__restrict, struct stat *__restrict);
	int (*gl_stat)(const char *__restrict, struct stat *__restrict);
#else
	int (*gl_lstat)(const char *__restrict, void *__restrict);
	int (*gl_stat)(const char *__restrict, void *__restrict);
#endif
} glob64_t;

int glob64(const char *__restrict, int, int (*)(const char *, int), glob64_t *__restrict);
void globfree64(glob64_t *);
#endif

#ifdef __cplusplus
}
#endif

#endif
#endif
