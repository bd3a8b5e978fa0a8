/*
 * libwildebeest: <stdlib.h> with glibc's comparison function types and
 * canonicalize_file_name, on top of musl's.
 *
 * __compar_fn_t is qsort's comparison function type, in every mode as on
 * glibc (the name is the implementation's); under _GNU_SOURCE,
 * comparison_fn_t is the same type, __compar_d_fn_t qsort_r's, and
 * canonicalize_file_name(name) is realpath(name, NULL) with glibc's
 * results (libwildebeest-gnu-decls).
 */
#ifndef __LWB_GNU_DECLS_STDLIB_H
#define __LWB_GNU_DECLS_STDLIB_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <stdlib.h>

#ifndef __GLIBC__
#ifdef __cplusplus
extern "C" {
#endif

#ifndef __COMPAR_FN_T
#define __COMPAR_FN_T
typedef int (*__compar_fn_t)(const void *, const void *);
#endif

#ifdef _GNU_SOURCE
typedef __compar_fn_t comparison_fn_t;
typedef int (*__compar_d_fn_t)(const void *, const void *, void *);
char *canonicalize_file_name(const char *);
#endif

#ifdef __cplusplus
}
#endif
#endif

#endif
