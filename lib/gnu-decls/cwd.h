/* Internal to libwildebeest-gnu-decls. */
#ifndef LWB_GNU_DECLS_CWD_H
#define LWB_GNU_DECLS_CWD_H

#include "../lwb.h"

/* The working directory as a malloc'd absolute path of any length, or NULL
 * with errno. */
LWB_HIDDEN char *__lwb_getcwd_any(void);

#endif
