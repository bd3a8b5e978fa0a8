#ifndef STACKTEST_H
#define STACKTEST_H

#include <stddef.h>
#include <sys/resource.h>

#define KiB 1024UL
#define MiB (1024 * KiB)

/* The stack size of a default attribute object, and of the process-wide
 * default (pthread_getattr_default_np). */
size_t default_stack(void);
size_t np_default_stack(void);
/* Runs this program again with --report under another RLIMIT_STACK (the
 * default is sized when a process starts) and returns what it saw. */
size_t stack_under_limit(rlim_t limit);
/* What a program started with --report does. */
int stack_report(void);

#endif
