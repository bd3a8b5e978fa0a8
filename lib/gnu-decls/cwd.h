/* Internal to libwildebeest-gnu-decls. */
#ifndef LWB_GNU_DECLS_CWD_H
#define LWB_GNU_DECLS_CWD_H

#include "../lwb.h"

/* The working directory as a malloc'd absolute path, found by walking up
 * with "..": for when getcwd fails because the path is longer than
 * PATH_MAX. NULL with errno on failure. */
LWB_HIDDEN char *__lwb_getcwd_long(void);

#endif
