/* Cancellation around a blocking system call made with syscall(). */
#ifndef LWB_SYSCALLS_CANCEL_H
#define LWB_SYSCALLS_CANCEL_H

#include "../lwb.h"

/*
 * syscall() is not a cancellation point, and musl's own cancellable system
 * call entry is internal. A cancellation request that arrives while the
 * call blocks interrupts it (EINTR) through musl's cancellation signal, so
 * checking before the call and after an EINTR acts on it as glibc does. A
 * request that lands in the instant between the first check and the
 * kernel entry is acted on when the call returns instead.
 */
LWB_HIDDEN long __lwb_syscall_cp(long nr, long a, long b, long c, long d, long e, long f);

#endif
