/* Helpers for the execinfo tests (see deep.S and bttest.c). */
#ifndef BTTEST_H
#define BTTEST_H

#include <stddef.h>

/* Under AddressSanitizer (the sanitizer configuration) the runtime's
 * interceptors of backtrace and backtrace_symbols, linked ahead of every
 * library, stand in for both glibc's and libwildebeest's: they add a frame
 * of their own at the top, and they reject a negative size themselves. */
#if defined(__SANITIZE_ADDRESS__)
#define BT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BT_ASAN 1
#endif
#endif
#ifndef BT_ASAN
#define BT_ASAN 0
#endif

/* deep.S */
void lwbt_deep(long n, void (*fn)(void *), void *arg);
extern char lwbt_deep_return[], lwbt_deep_leaf_return[];
void lwbt_fault(void);
extern char lwbt_fault_insn[];
void lwbt_spin(volatile int *flag);
extern char lwbt_spin_end[];

/* The text backtrace_symbols_fd writes for these addresses, read back
 * through a pipe; the caller frees it. */
char *bt_fd_text(void *const *addrs, int n);

/* The object holding addr according to dl_iterate_phdr: its load base and
 * name (the main program's is program_invocation_name, as glibc prints
 * it). Returns 0 when no object holds it. */
int bt_object(const void *addr, unsigned long *base, const char **name);

/* Count the allocations between the two calls (countalloc.c). */
void bt_count_start(void);
long bt_count_stop(void);

/* Which of two names comes first in the .dynsym of the ELF file at path. */
const char *bt_first_in_dynsym(const char *path, const char *a, const char *b);

#endif
