/* Where libwildebeest's ucontext deliberately differs from glibc 2.36; run
 * on musl only (docs/compat.md lists these). */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include "lwbtest.h"

int lwbt_swapcontext_regs(ucontext_t *old, const ucontext_t *uc, long out[6]);

#if defined(__SANITIZE_ADDRESS__)
#define UC_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UC_ASAN 1
#endif
#endif
#ifndef UC_ASAN
#define UC_ASAN 0
#endif

/* A failing swapcontext returns with every callee-saved register intact.
 * glibc: %r12 comes back changed, so a caller that kept a value there
 * (gcc does) reads garbage after the error. */
START_TEST(failing_swapcontext_keeps_registers)
{
	long page = sysconf(_SC_PAGESIZE);
	char *m = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ucontext_t *bad = (ucontext_t *)(m + page - offsetof(ucontext_t, uc_sigmask));
	static ucontext_t here, old;
	long out[6];

	ck_assert_ptr_ne(m, MAP_FAILED);
	ck_assert_int_eq(getcontext(&here), 0);
	memcpy(bad, &here, offsetof(ucontext_t, uc_sigmask));
	ck_assert_int_eq(mprotect(m + page, page, PROT_NONE), 0);
	errno = 0;
	ck_assert_int_eq(lwbt_swapcontext_regs(&old, bad, out), -1);
	ck_assert_int_eq(errno, EFAULT);
	for (int i = 0; i < 6; i++)
		ck_assert_int_eq(out[i], 0x1111 * (i + 1));
	munmap(m, 2 * page);
}
END_TEST

int main(void)
{
	Suite *s;
	TCase *tc;

	if (UC_ASAN) {
		puts("AddressSanitizer's interceptor stands in for swapcontext here");
		return 77;
	}
	s = suite_create("ucontext deviations");
	tc = tcase_create("deviations");

	tcase_add_test(tc, failing_swapcontext_keeps_registers);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
