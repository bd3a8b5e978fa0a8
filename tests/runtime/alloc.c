/* glibc's allocator edges: realloc(p, 0) and reallocarray(p, 0, n) free and
 * return NULL; aligned_alloc and memalign round an alignment that is not a
 * power of two up to the next one. */
#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "lwbtest.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

/* Sizes and alignments reach the calls through a volatile, so that the
 * compiler does not reject constants it can see are out of range. */
static size_t runtime_value(size_t v)
{
	volatile size_t x = v;

	return x;
}

START_TEST(realloc_zero_frees)
{
	void *p = malloc(10);

	ck_assert_ptr_nonnull(p);
	errno = 0;
	ck_assert_ptr_null(realloc(p, 0));	/* LSan: p must be gone */
	ck_assert_int_eq(errno, 0);
}
END_TEST

START_TEST(realloc_null_zero_allocates)
{
	void *p = realloc(0, 0);

	ck_assert_ptr_nonnull(p);
	free(p);
}
END_TEST

START_TEST(realloc_grows_and_keeps)
{
	char *p = malloc(4), *q;

	ck_assert_ptr_nonnull(p);
	p[0] = 'x';
	q = realloc(p, 100000);
	ck_assert_ptr_nonnull(q);
	ck_assert_int_eq(q[0], 'x');
	errno = 0;
	ck_assert_ptr_null(realloc(q, runtime_value(SIZE_MAX)));
	ck_assert_int_eq(errno, ENOMEM);
	free(q);
}
END_TEST

START_TEST(reallocarray_zero_frees)
{
	ck_assert_ptr_null(reallocarray(malloc(10), 0, 5));
	ck_assert_ptr_null(reallocarray(malloc(10), 5, 0));
	void *p = reallocarray(0, 0, 0);
	ck_assert_ptr_nonnull(p);
	free(p);
}
END_TEST

START_TEST(reallocarray_overflow)
{
	void *p = malloc(10), *q;

	errno = 0;
	q = reallocarray(p, runtime_value(SIZE_MAX / 2), 4);
	ck_assert_ptr_null(q);
	ck_assert_int_eq(errno, ENOMEM);
	free(p);
}
END_TEST

static const size_t odd[][2] = {
	{ 3, 4 }, { 5, 8 }, { 24, 32 }, { 48, 64 }, { 100, 128 }, { 4097, 8192 },
};

START_TEST(aligned_alloc_rounds_alignment)
{
	size_t align = runtime_value(odd[_i][0]), want = odd[_i][1];
	void *p = aligned_alloc(align, 48);

	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq((uintptr_t)p % want, 0);
	free(p);
}
END_TEST

START_TEST(memalign_rounds_alignment)
{
	size_t align = runtime_value(odd[_i][0]), want = odd[_i][1];
	void *p = memalign(align, 10);

	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq((uintptr_t)p % want, 0);
	free(p);
}
END_TEST

START_TEST(aligned_alloc_ordinary)
{
	void *p = aligned_alloc(64, 0);

	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq((uintptr_t)p % 64, 0);
	free(p);
	p = aligned_alloc(runtime_value(0), 16);
	ck_assert_ptr_nonnull(p);
	free(p);
}
END_TEST

START_TEST(aligned_alloc_huge_alignment_fails)
{
	errno = 0;
	ck_assert_ptr_null(aligned_alloc(runtime_value(SIZE_MAX), 10));
	ck_assert_ptr_null(aligned_alloc(runtime_value(((size_t)1 << 62) + 1), 10));
}
END_TEST

int main(void)
{
#ifdef UNDER_ASAN
	/* ASan's allocator, not glibc's, answers there, and treats these edge
	 * cases as fatal reports. */
	puts("allocator edges are glibc's, not AddressSanitizer's: skipped");
	return 77;
#endif
	Suite *s = suite_create("allocator edges");
	TCase *tc = tcase_create("alloc");

	tcase_add_test(tc, realloc_zero_frees);
	tcase_add_test(tc, realloc_null_zero_allocates);
	tcase_add_test(tc, realloc_grows_and_keeps);
	tcase_add_test(tc, reallocarray_zero_frees);
	tcase_add_test(tc, reallocarray_overflow);
	tcase_add_loop_test(tc, aligned_alloc_rounds_alignment, 0, sizeof odd / sizeof *odd);
	tcase_add_loop_test(tc, memalign_rounds_alignment, 0, sizeof odd / sizeof *odd);
	tcase_add_test(tc, aligned_alloc_ordinary);
	tcase_add_test(tc, aligned_alloc_huge_alignment_fails);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
