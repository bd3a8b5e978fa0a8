/*
 * Where musl with libwildebeest answers differently from glibc 2.36, whose
 * allocator keeps statistics and takes tuning (musl only; listed in
 * docs/compat.md). On glibc instead: mallinfo2 fills every field and
 * leaves errno alone; mallopt answers 1 for any parameter it accepts;
 * malloc_trim answers 1 when it released memory; malloc_info(0, f) writes
 * an XML report and answers 0; malloc_stats prints per-arena figures.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include "lwbtest.h"
#include "asan.h"

/* mallinfo is deprecated, on glibc and here; it is tested all the same. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

START_TEST(mallinfo_reports_what_is_known)
{
	struct mallinfo2 mi2;
	struct mallinfo mi;
	void *p = malloc(100000);

	errno = 0;
	mi2 = mallinfo2();
	ck_assert_int_eq(errno, ENOSYS);
	/* Only arena (space from brk) can be measured. */
	ck_assert_uint_eq(mi2.ordblks + mi2.smblks + mi2.hblks + mi2.hblkhd + mi2.usmblks, 0);
	ck_assert_uint_eq(mi2.fsmblks + mi2.uordblks + mi2.fordblks + mi2.keepcost, 0);
	if (!MALLOC_ASAN) {
		errno = 0;
		mi = mallinfo();
		ck_assert_int_eq(errno, ENOSYS);
		ck_assert_int_eq(mi.uordblks, 0);
	}
	free(p);
}
END_TEST

START_TEST(mallopt_sets_nothing)
{
	int params[] = { M_MXFAST, M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD, M_MMAP_MAX,
		M_CHECK_ACTION, M_PERTURB, M_ARENA_TEST, M_ARENA_MAX, 12345 };

	if (MALLOC_ASAN)
		return;
	for (unsigned i = 0; i < sizeof params / sizeof *params; i++) {
		errno = 0;
		ck_assert_int_eq(mallopt(params[i], 1), 0);
		ck_assert_int_eq(errno, ENOSYS);
	}
}
END_TEST

START_TEST(malloc_trim_releases_nothing)
{
	free(malloc(1 << 20));
	ck_assert_int_eq(malloc_trim(0), 0);
}
END_TEST

START_TEST(malloc_info_has_nothing_to_write)
{
	FILE *f = tmpfile();

	ck_assert_ptr_nonnull(f);
	errno = 0;
	ck_assert_int_eq(malloc_info(0, f), -1);
	ck_assert_int_eq(errno, ENOSYS);
	fflush(f);
	ck_assert_int_eq(ftell(f), 0);
	fclose(f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("malloc deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, mallinfo_reports_what_is_known);
	tcase_add_test(tc, mallopt_sets_nothing);
	tcase_add_test(tc, malloc_trim_releases_nothing);
	tcase_add_test(tc, malloc_info_has_nothing_to_write);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
