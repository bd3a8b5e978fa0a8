/*
 * getconf: the variables' table (generated from vars.tsv by gen-vars.py)
 * and the functions that compute values at run time, as glibc computes
 * them on Linux.
 */
#ifndef GETCONF_H
#define GETCONF_H

#include <stddef.h>
#include <stdio.h>

/* glibc's kinds: a pathconf variable needs a path, the others take none. */
enum kind { SYSCONF, PATHCONF, CONFSTR };

/* Print the value as unsigned (UINT_MAX, ULONG_MAX), as glibc does. */
#define VAR_UNSIGNED 1

struct var {
	const char *name;
	enum kind kind;
	int flags;
	/* Exactly one of these gives the value; a constant when all three
	 * functions are null. -1 means undefined. */
	long num;
	const char *str;
	long (*value_fn)(int arg);
	long (*path_fn)(const char *path);
	const char *(*string_fn)(int arg);
	int arg;
};

extern const struct var vars[];
extern const size_t nvars;

/* The compilation environments of -v and the _POSIX_V7_* variables:
 * family (XBS5, POSIX_V6, POSIX_V7) times data model. */
enum { XBS5 = 0, POSIX_V6 = 4, POSIX_V7 = 8 };
enum { ILP32_OFF32, ILP32_OFFBIG, LP64_OFF64, LPBIG_OFFBIG };
enum {
	XBS5_ILP32_OFF32 = XBS5, XBS5_ILP32_OFFBIG, XBS5_LP64_OFF64, XBS5_LPBIG_OFFBIG,
	POSIX_V6_ILP32_OFF32, POSIX_V6_ILP32_OFFBIG, POSIX_V6_LP64_OFF64, POSIX_V6_LPBIG_OFFBIG,
	POSIX_V7_ILP32_OFF32, POSIX_V7_ILP32_OFFBIG, POSIX_V7_LP64_OFF64, POSIX_V7_LPBIG_OFFBIG,
	ENVIRONMENTS
};
const char *getconf_dir(void);
const char *environment_name(int env);
int environment_native(int env);
long environment(int env);
const char *cflags(int env);
const char *ldflags(int env);
const char *restricted_envs(int family);
const char *lfs_cflags(int unused);

/* Run-time system values (system.c, cpus.c). */
long arg_max(int unused);
long child_max(int unused);
long open_max(int unused);
long sigqueue_max(int unused);
long ngroups_max(int unused);
long clk_tck(int unused);
long page_size(int unused);
long phys_pages(int unused);
long avphys_pages(int unused);
long thread_stack_min(int unused);
long rtsig_max(int unused);
long nprocessors_conf(int unused);
long nprocessors_onln(int unused);

/* Cache geometry from the kernel's description of cpu0 (cache.c). */
enum {
	L1I_SIZE, L1I_ASSOC, L1I_LINESIZE,
	L1D_SIZE, L1D_ASSOC, L1D_LINESIZE,
	L2_SIZE, L2_ASSOC, L2_LINESIZE,
	L3_SIZE, L3_ASSOC, L3_LINESIZE,
	L4_SIZE, L4_ASSOC, L4_LINESIZE,
};
long cache(int which);

/* Per-filesystem values (filesys.c): -1 with errno set on error, -1 with
 * errno 0 when undefined. */
long link_max(const char *path);
long name_max(const char *path);
long filesizebits(const char *path);
long symlinks(const char *path);
long chown_restricted(const char *path);
long async_io(const char *path);
long block_size(const char *path);
long fragment_size(const char *path);

/* Reading kernel files (readfile.c), and the parsers for what they say
 * (exposed for the fuzz target). */
char *read_small_file(const char *path, size_t max);
long cpu_list_count(const char *list);
long cpu_stat_count(FILE *proc_stat);
long cache_number(const char *text);
int ngroups_number(const char *text, long *n);
void mount_unescape(char *field);

#endif
