/*
 * libwildebeest: <fts.h> with glibc 2.36's types, layout and constants.
 *
 * Upstream musl has no fts; Debian's musl bundles one with a different
 * FTSENT layout, which this header replaces (it never includes musl's).
 * The functions are declared under libwildebeest's link names
 * (__lwb_fts_open ...): a program compiled with this header reaches
 * libwildebeest-fts or fails to link, never the C library's fts, whose
 * entries it would misread. libwildebeest-fts also routes calls from code
 * that did not include it with -Wl,--wrap, and defines the plain names for
 * links that name it alone (-lfts).
 */
#ifndef __LWB_FTS_FTS_H
#define __LWB_FTS_FTS_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct stat;
struct _ftsent;

typedef struct {
	struct _ftsent *fts_cur;	/* the entry fts_read returned last */
	struct _ftsent *fts_child;	/* the list fts_children returned */
	struct _ftsent **fts_array;	/* for sorting */
	dev_t fts_dev;			/* device of the current root */
	char *fts_path;			/* the path buffer every entry shares */
	int fts_rfd;			/* the starting directory, or -1 */
	int fts_pathlen;		/* size of fts_path */
	int fts_nitems;			/* size of fts_array */
	int (*fts_compar)(const void *, const void *);
	int fts_options;
} FTS;

typedef struct _ftsent {
	struct _ftsent *fts_cycle;	/* the ancestor an FTS_DC entry repeats */
	struct _ftsent *fts_parent;
	struct _ftsent *fts_link;	/* the next sibling */
	long fts_number;		/* for the application */
	void *fts_pointer;		/* for the application */
	char *fts_accpath;		/* a path to the file from the working directory */
	char *fts_path;			/* the path from the root */
	int fts_errno;
	int fts_symfd;
	unsigned short fts_pathlen;
	unsigned short fts_namelen;
	ino_t fts_ino;
	dev_t fts_dev;
	nlink_t fts_nlink;
	short fts_level;		/* -1 for the roots' parent, 0 for a root */
	unsigned short fts_info;
	unsigned short fts_flags;
	unsigned short fts_instr;
	struct stat *fts_statp;
	char fts_name[1];		/* as long as fts_namelen + 1 */
} FTSENT;

#define FTS_COMFOLLOW	0x0001	/* follow a symbolic link given as a root */
#define FTS_LOGICAL	0x0002	/* follow every symbolic link */
#define FTS_NOCHDIR	0x0004
#define FTS_NOSTAT	0x0008
#define FTS_PHYSICAL	0x0010
#define FTS_SEEDOT	0x0020
#define FTS_XDEV	0x0040
#define FTS_WHITEOUT	0x0080
#define FTS_OPTIONMASK	0x00ff
#define FTS_NAMEONLY	0x0100	/* for fts_children */
#define FTS_STOP	0x0200	/* internal */

#define FTS_ROOTPARENTLEVEL	(-1)
#define FTS_ROOTLEVEL		0

/* fts_info */
#define FTS_D		1
#define FTS_DC		2
#define FTS_DEFAULT	3
#define FTS_DNR		4
#define FTS_DOT		5
#define FTS_DP		6
#define FTS_ERR		7
#define FTS_F		8
#define FTS_INIT	9
#define FTS_NS		10
#define FTS_NSOK	11
#define FTS_SL		12
#define FTS_SLNONE	13
#define FTS_W		14

/* fts_flags */
#define FTS_DONTCHDIR	0x01
#define FTS_SYMFOLLOW	0x02

/* fts_set */
#define FTS_AGAIN	1
#define FTS_FOLLOW	2
#define FTS_NOINSTR	3
#define FTS_SKIP	4

FTS *fts_open(char *const *, int, int (*)(const FTSENT **, const FTSENT **)) __asm__("__lwb_fts_open");
FTSENT *fts_read(FTS *) __asm__("__lwb_fts_read");
FTSENT *fts_children(FTS *, int) __asm__("__lwb_fts_children");
int fts_set(FTS *, FTSENT *, int) __asm__("__lwb_fts_set");
int fts_close(FTS *) __asm__("__lwb_fts_close");

#if defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE)
/* musl's off_t and ino_t are 64 bits wide: the *64 forms are the same
 * functions under glibc's other names, and FTS64 and FTSENT64 structures
 * of their own with FTS's and FTSENT's layout, as on glibc. FTSENT64's
 * fts_statp is a struct stat64 where libwildebeest-lfs64 gives it a tag of
 * its own (in its <sys/stat.h>) and on glibc, otherwise a struct stat,
 * which musl 1.2.3 also calls stat64. */
#include <sys/stat.h>

struct _ftsent64;

typedef struct {
	struct _ftsent64 *fts_cur;
	struct _ftsent64 *fts_child;
	struct _ftsent64 **fts_array;
	dev_t fts_dev;
	char *fts_path;
	int fts_rfd;
	int fts_pathlen;
	int fts_nitems;
	int (*fts_compar)(const void *, const void *);
	int fts_options;
} FTS64;

typedef struct _ftsent64 {
	struct _ftsent64 *fts_cycle;
	struct _ftsent64 *fts_parent;
	struct _ftsent64 *fts_link;
	long fts_number;
	void *fts_pointer;
	char *fts_accpath;
	char *fts_path;
	int fts_errno;
	int fts_symfd;
	unsigned short fts_pathlen;
	unsigned short fts_namelen;
	ino_t fts_ino;
	dev_t fts_dev;
	nlink_t fts_nlink;
	short fts_level;
	unsigned short fts_info;
	unsigned short fts_flags;
	unsigned short fts_instr;
#if defined(__LWB_STRUCT_STAT64) || defined(__GLIBC__)
	struct stat64 *fts_statp;
#else
	struct stat *fts_statp;
#endif
	char fts_name[1];
} FTSENT64;

FTS64 *fts64_open(char *const *, int, int (*)(const FTSENT64 **, const FTSENT64 **)) __asm__("__lwb_fts64_open");
FTSENT64 *fts64_read(FTS64 *) __asm__("__lwb_fts64_read");
FTSENT64 *fts64_children(FTS64 *, int) __asm__("__lwb_fts64_children");
int fts64_set(FTS64 *, FTSENT64 *, int) __asm__("__lwb_fts64_set");
int fts64_close(FTS64 *) __asm__("__lwb_fts64_close");
#endif

#ifdef __cplusplus
}
#endif

#endif
