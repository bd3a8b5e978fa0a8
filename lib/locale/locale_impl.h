#ifndef LWB_LOCALE_IMPL_H
#define LWB_LOCALE_IMPL_H

#include <locale.h>

/* musl's categories are LC_CTYPE to LC_MESSAGES, 0 to 5, as glibc's; glibc
 * has six more (LC_PAPER to LC_IDENTIFICATION) that musl does not define.
 * Their environment variables still decide whether glibc's
 * setlocale(LC_ALL, "") succeeds, so they are checked by name. */
#define LWB_LC_COUNT 6
#define LWB_LC_GLIBC_COUNT 12

__attribute__((__visibility__("hidden"))) int __lwb_locale_refuse(const char *name);
__attribute__((__visibility__("hidden"))) const char *__lwb_locale_env(int category);

#endif
