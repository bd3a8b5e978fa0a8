/* The walker behind ftw, nftw and their *64 names. Internal to the module. */
#ifndef LWB_FTW_WALK_H
#define LWB_FTW_WALK_H

#include <ftw.h>
#include <sys/stat.h>
#include "../lwb.h"

typedef int (*__lwb_nftw_fn)(const char *, const struct stat *, int, struct FTW *);
typedef int (*__lwb_ftw_fn)(const char *, const struct stat *, int);

/* Exactly one of nftw_fn and ftw_fn is set; ftw_fn selects ftw's reporting
 * rules (a dangling symbolic link is FTW_NS, never FTW_SLN). */
LWB_HIDDEN int __lwb_walk(const char *path, __lwb_nftw_fn nftw_fn,
	__lwb_ftw_fn ftw_fn, int fd_limit, int flags);

/* The replacements the module's pkg-config file routes calls to. */
int __wrap_ftw(const char *, __lwb_ftw_fn, int);
int __wrap_ftw64(const char *, __lwb_ftw_fn, int);
int __wrap_nftw(const char *, __lwb_nftw_fn, int, int);
int __wrap_nftw64(const char *, __lwb_nftw_fn, int, int);

#endif
