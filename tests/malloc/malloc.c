/* <malloc.h>'s statistics and tuning calls and <mcheck.h>: what is true
 * on glibc 2.36 and on musl with libwildebeest alike. Where the two
 * differ (musl's allocator has no statistics), see deviations.c. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <mcheck.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lwbtest.h"
#include "asan.h"

/* mallinfo is deprecated, on glibc and here; it is tested all the same. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

START_TEST(constants)
{
	ck_assert_int_eq(M_MXFAST, 1);
	ck_assert_int_eq(M_NLBLKS, 2);
	ck_assert_int_eq(M_GRAIN, 3);
	ck_assert_int_eq(M_KEEP, 4);
	ck_assert_int_eq(M_TRIM_THRESHOLD, -1);
	ck_assert_int_eq(M_TOP_PAD, -2);
	ck_assert_int_eq(M_MMAP_THRESHOLD, -3);
	ck_assert_int_eq(M_MMAP_MAX, -4);
	ck_assert_int_eq(M_CHECK_ACTION, -5);
	ck_assert_int_eq(M_PERTURB, -6);
	ck_assert_int_eq(M_ARENA_TEST, -7);
	ck_assert_int_eq(M_ARENA_MAX, -8);
	ck_assert_int_eq(MCHECK_DISABLED, -1);
	ck_assert_int_eq(MCHECK_OK, 0);
	ck_assert_int_eq(MCHECK_FREE, 1);
	ck_assert_int_eq(MCHECK_HEAD, 2);
	ck_assert_int_eq(MCHECK_TAIL, 3);
}
END_TEST

START_TEST(structures)
{
	ck_assert_uint_eq(sizeof(struct mallinfo), 10 * sizeof(int));
	ck_assert_uint_eq(offsetof(struct mallinfo, arena), 0);
	ck_assert_uint_eq(offsetof(struct mallinfo, usmblks), 5 * sizeof(int));
	ck_assert_uint_eq(offsetof(struct mallinfo, keepcost), 9 * sizeof(int));
	ck_assert_uint_eq(sizeof(struct mallinfo2), 10 * sizeof(size_t));
	ck_assert_uint_eq(offsetof(struct mallinfo2, hblkhd), 4 * sizeof(size_t));
	ck_assert_uint_eq(offsetof(struct mallinfo2, uordblks), 7 * sizeof(size_t));
	ck_assert_uint_eq(offsetof(struct mallinfo2, keepcost), 9 * sizeof(size_t));
}
END_TEST

START_TEST(mallinfo_and_mallinfo2_agree)
{
	void *p = malloc(1000);
	struct mallinfo2 mi2 = mallinfo2();
	struct mallinfo mi = mallinfo();

	ck_assert_ptr_nonnull(p);
	/* usmblks is unused (always 0) on glibc too. */
	ck_assert_uint_eq(mi2.usmblks, 0);
	if (MALLOC_ASAN) {
		free(p);
		return;
	}
	ck_assert_int_eq(mi.usmblks, 0);
	/* The old call is the new one in int fields. */
	ck_assert_int_eq(mi.arena, (int)mi2.arena);
	ck_assert_int_eq(mi.hblks, (int)mi2.hblks);
	ck_assert_int_eq(mi.hblkhd, (int)mi2.hblkhd);
	ck_assert_int_eq(mi.keepcost, (int)mi2.keepcost);
	free(p);
}
END_TEST

START_TEST(mallopt_rejects_bad_values)
{
	if (MALLOC_ASAN)
		return;
	/* Fastbins above 80 * sizeof(size_t) / 4 or negative: glibc refuses. */
	ck_assert_int_eq(mallopt(M_MXFAST, -1), 0);
	ck_assert_int_eq(mallopt(M_MXFAST, 1000), 0);
}
END_TEST

START_TEST(malloc_trim_keeps_memory_usable)
{
	char *keep = malloc(100);
	void *big[64];
	int r;

	ck_assert_ptr_nonnull(keep);
	memset(keep, 'k', 100);
	for (int i = 0; i < 64; i++)
		ck_assert_ptr_nonnull(big[i] = malloc(4096 * (i + 1)));
	for (int i = 0; i < 64; i++)
		free(big[i]);
	r = malloc_trim(0);
	ck_assert(r == 0 || r == 1);
	r = malloc_trim(1 << 20);
	ck_assert(r == 0 || r == 1);
	for (int i = 0; i < 100; i++)
		ck_assert_int_eq(keep[i], 'k');
	free(keep);
}
END_TEST

/* A temporary file for output that is expected, or not. */
static FILE *scratch(void)
{
	FILE *f = tmpfile();

	ck_assert_ptr_nonnull(f);
	return f;
}

static long size_of(FILE *f)
{
	fflush(f);
	return ftell(f);
}

START_TEST(malloc_info_rejects_options)
{
	FILE *f = scratch();

	/* glibc returns the error number itself, not -1, and leaves errno. */
	errno = 0;
	ck_assert_int_eq(malloc_info(1, f), EINVAL);
	ck_assert_int_eq(errno, 0);
	ck_assert_int_eq(malloc_info(-1, f), EINVAL);
	ck_assert_int_eq(size_of(f), 0);
	fclose(f);
}
END_TEST

START_TEST(malloc_stats_writes_to_stderr_only)
{
	FILE *err = scratch(), *out = scratch();
	int saved_err = dup(2), saved_out = dup(1);
	struct stat st;

	if (MALLOC_ASAN) {
		fclose(err);
		fclose(out);
		close(saved_err);
		close(saved_out);
		return;
	}
	ck_assert(saved_err >= 0 && saved_out >= 0);
	fflush(stdout);
	ck_assert(dup2(fileno(err), 2) == 2);
	ck_assert(dup2(fileno(out), 1) == 1);
	malloc_stats();
	fflush(stdout);
	fflush(stderr);
	ck_assert(dup2(saved_err, 2) == 2);
	ck_assert(dup2(saved_out, 1) == 1);
	ck_assert(fstat(fileno(err), &st) == 0);
	ck_assert_int_gt(st.st_size, 0);
	ck_assert(fstat(fileno(out), &st) == 0);
	ck_assert_int_eq(st.st_size, 0);
	close(saved_err);
	close(saved_out);
	fclose(err);
	fclose(out);
}
END_TEST

START_TEST(pvalloc_rounds_to_pages)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	void *p;

	if (MALLOC_ASAN)
		return;
	p = pvalloc(1);
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq((uintptr_t)p % page, 0);
	ck_assert_uint_ge(malloc_usable_size(p), page);
	memset(p, 1, page);
	free(p);
	p = pvalloc(page + 1);
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq((uintptr_t)p % page, 0);
	ck_assert_uint_ge(malloc_usable_size(p), 2 * page);
	memset(p, 1, 2 * page);
	free(p);
	p = pvalloc(0);
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq((uintptr_t)p % page, 0);
	free(p);
	errno = 0;
	ck_assert_ptr_null(pvalloc(SIZE_MAX - 100));
	ck_assert_int_eq(errno, ENOMEM);
}
END_TEST

static void never_called(enum mcheck_status status)
{
	(void)status;
	ck_abort_msg("mcheck's handler ran");
}

/* glibc 2.36 checks and traces only with libc_malloc_debug.so preloaded;
 * without it, as here, nothing can be turned on. */
START_TEST(mcheck_and_mtrace_are_off)
{
	char *dir = lwbt_tmpdir();
	char *trace = lwbt_path(dir, "trace");
	void *p;

	if (!MALLOC_ASAN) {
		errno = 0;
		ck_assert_int_eq(mcheck(never_called), -1);
		ck_assert_int_eq(mcheck_pedantic(never_called), -1);
		ck_assert_int_eq(errno, 0);
	}
	p = malloc(16);
	if (!MALLOC_ASAN)
		ck_assert_int_eq(mprobe(p), MCHECK_DISABLED);
	mcheck_check_all();
	ck_assert(setenv("MALLOC_TRACE", trace, 1) == 0);
	mtrace();
	free(malloc(10));
	muntrace();
	ck_assert_int_eq(access(trace, F_OK), -1);
	unsetenv("MALLOC_TRACE");
	free(p);
	lwbt_rmtree(dir);
	free(trace);
	free(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("malloc");
	TCase *tc = tcase_create("malloc");

	tcase_add_test(tc, constants);
	tcase_add_test(tc, structures);
	tcase_add_test(tc, mallinfo_and_mallinfo2_agree);
	tcase_add_test(tc, mallopt_rejects_bad_values);
	tcase_add_test(tc, malloc_trim_keeps_memory_usable);
	tcase_add_test(tc, malloc_info_rejects_options);
	tcase_add_test(tc, malloc_stats_writes_to_stderr_only);
	tcase_add_test(tc, pvalloc_rounds_to_pages);
	tcase_add_test(tc, mcheck_and_mtrace_are_off);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
