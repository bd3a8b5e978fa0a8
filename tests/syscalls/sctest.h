/* Helpers for tests/syscalls: plain Linux calls, the same on both libcs. */
#ifndef SCTEST_H
#define SCTEST_H

#include "lwbtest.h"

/* Built with AddressSanitizer (the sanitizer configuration). */
#if defined(__SANITIZE_ADDRESS__)
#define SCT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCT_ASAN 1
#endif
#endif
#ifndef SCT_ASAN
#define SCT_ASAN 0
#endif

/* Make the system call nr fail with err for the rest of this (forked)
 * test, through a seccomp filter: how a kernel without the call, or a
 * container that filters it, looks. Fails the test if seccomp refuses. */
void sct_deny(long nr, int err);

/* Whether fd is open. */
int sct_is_open(int fd);

/* Whether this machine lets a process make a private mount namespace
 * (lwbt_private_mounts in a child). */
int sct_namespaces_available(void);

/* Run fn in a child; return its wait status. */
int sct_in_child(void (*fn)(void));

#endif
