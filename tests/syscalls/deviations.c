/*
 * Where libwildebeest deliberately differs from glibc 2.36, which crashes
 * in these cases (musl only; listed in docs/compat.md):
 *   - statx's fallback (kernel without statx) writes through a null buffer:
 *     glibc gets SIGSEGV, libwildebeest answers EFAULT, as the kernel does;
 *   - pkey_get and pkey_set on a CPU without protection keys: glibc
 *     executes RDPKRU/WRPKRU anyway and gets SIGILL, libwildebeest answers
 *     ENOSYS, as glibc does on architectures without protection keys.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include "sctest.h"
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

static void *volatile null;
/* statx through a pointer without glibc's nonnull attributes. */
static int (*volatile statx_call)(int, const char *, int, unsigned int, struct statx *) = statx;

START_TEST(statx_fallback_null_buffer)
{
	sct_deny(SYS_statx, ENOSYS);
	errno = 0;
	ck_assert_int_eq(statx_call(AT_FDCWD, "/", 0, STATX_BASIC_STATS, null), -1);
	ck_assert_int_eq(errno, EFAULT);
	/* Bad flags and a missing file still come first. */
	errno = 0;
	ck_assert_int_eq(statx_call(AT_FDCWD, "/nonexistent", 0, STATX_BASIC_STATS, null), -1);
	ck_assert_int_eq(errno, ENOENT);
}
END_TEST

static int cpu_has_pkeys(void)
{
#if defined(__x86_64__) || defined(__i386__)
	unsigned int a, b, c, d;

	return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (c >> 4 & 1);
#else
	return 0;
#endif
}

START_TEST(pkey_registers_without_pkeys)
{
	if (cpu_has_pkeys()) {
		/* Nothing to deviate from here: the register is there. */
		ck_assert_int_ge(pkey_get(0), 0);
		return;
	}
	errno = 0;
	ck_assert_int_eq(pkey_get(0), -1);
	ck_assert_int_eq(errno, ENOSYS);
	errno = 0;
	ck_assert_int_eq(pkey_set(0, PKEY_DISABLE_WRITE), -1);
	ck_assert_int_eq(errno, ENOSYS);
	/* Arguments are still checked first, as on glibc. */
	errno = 0;
	ck_assert_int_eq(pkey_set(16, 0), -1);
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("syscalls deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, statx_fallback_null_buffer);
	tcase_add_test(tc, pkey_registers_without_pkeys);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
