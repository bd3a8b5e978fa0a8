/* Internal to the hostname module. */
#ifndef LWB_HOSTNAME_IMPL_H
#define LWB_HOSTNAME_IMPL_H

#include <stddef.h>

long __real_sysconf(int);

int __wrap_gethostname(char *, size_t);
long __wrap_sysconf(int);

#endif
