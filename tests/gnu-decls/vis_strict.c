/* POSIX only (an explicit feature macro turns glibc's default mode off
 * whatever the -std): what glibc shows in every mode, names the
 * implementation owns, is there; GNU and BSD additions are not. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "vis.h"

/* Each compiles only while the name is not declared. */
static int comparison_fn_t, __compar_d_fn_t, error_t;
static int canonicalize_file_name, getdents64;
/* These compile only while it is. */
static __compar_fn_t compar;
static __cpu_mask mask;

const int vis_strict[VIS_COUNT] = {
#ifdef TEMP_FAILURE_RETRY
	[VIS_TEMP_FAILURE_RETRY] = 1,
#endif
#ifdef strndupa
	[VIS_STRNDUPA] = 1,
#endif
#ifdef ACCESSPERMS
	[VIS_ACCESSPERMS] = 1,
#endif
#ifdef WAIT_ANY
	[VIS_WAIT_ANY] = 1,
#endif
#ifdef W_EXITCODE
	[VIS_W_EXITCODE] = 1,
#endif
#ifdef LOCK_SH
	[VIS_LOCK_SH] = 1,
#endif
#ifdef LOCK_MAND
	[VIS_LOCK_MAND] = 1,
#endif
#ifdef __error_t_defined
	[VIS_ERROR_T] = 1,
#endif
#ifdef _D_EXACT_NAMLEN
	[VIS_D_EXACT_NAMLEN] = 1,
#endif
#ifdef __COMPAR_FN_T
	[VIS_COMPAR_FN_T] = 1,
#endif
#ifdef CPU_SET_S
	[VIS_CPU_SET_S] = 1,
#endif
};

int vis_strict_uses(void)
{
	return comparison_fn_t + __compar_d_fn_t + error_t + canonicalize_file_name
		+ getdents64 + (compar != 0) + (int)mask;
}
