/*
 * libwildebeest: <malloc.h> with glibc's statistics and tuning interface
 * on top of musl's (malloc_usable_size, memalign, valloc).
 *
 * musl's allocator keeps no statistics and takes no tuning, so these tell
 * the truth about that rather than invent numbers (see docs/compat.md):
 * mallinfo and mallinfo2 report the space taken with brk and set errno to
 * ENOSYS for the rest, mallopt fails, malloc_info fails with ENOSYS,
 * malloc_trim releases nothing, malloc_stats says so on stderr. pvalloc is
 * a real page-rounded allocation. The functions come from
 * libwildebeest-malloc.
 */
#ifndef __LWB_MALLOC_MALLOC_H
#define __LWB_MALLOC_MALLOC_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <malloc.h>

#if !defined(__GLIBC__)
#include <stdio.h>

/* mallopt parameters, glibc's values. */
#define M_MXFAST 1
#define M_NLBLKS 2
#define M_GRAIN 3
#define M_KEEP 4
#define M_TRIM_THRESHOLD -1
#define M_TOP_PAD -2
#define M_MMAP_THRESHOLD -3
#define M_MMAP_MAX -4
#define M_CHECK_ACTION -5
#define M_PERTURB -6
#define M_ARENA_TEST -7
#define M_ARENA_MAX -8

#ifdef __cplusplus
extern "C" {
#endif

struct mallinfo {
	int arena;
	int ordblks;
	int smblks;
	int hblks;
	int hblkhd;
	int usmblks;
	int fsmblks;
	int uordblks;
	int fordblks;
	int keepcost;
};

struct mallinfo2 {
	size_t arena;
	size_t ordblks;
	size_t smblks;
	size_t hblks;
	size_t hblkhd;
	size_t usmblks;
	size_t fsmblks;
	size_t uordblks;
	size_t fordblks;
	size_t keepcost;
};

/* Deprecated on glibc too (its int fields overflow): the same warning. */
struct mallinfo mallinfo(void) __attribute__((__deprecated__));
struct mallinfo2 mallinfo2(void);
int mallopt(int, int);
int malloc_trim(size_t);
void malloc_stats(void);
int malloc_info(int, FILE *);
void *pvalloc(size_t);

#ifdef __cplusplus
}
#endif
#endif

#endif
