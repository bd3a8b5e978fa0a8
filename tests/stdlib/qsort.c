/* glibc's qsort is a merge sort: elements that compare equal keep their
 * order (musl's smoothsort does not keep it), which test suites that print
 * sorted records rely on. qsort_r too. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

struct rec {
	int key, index;
	char payload[40];
};

static int by_key(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

static int by_tens(const void *a, const void *b)
{
	return *(const int *)a / 10 - *(const int *)b / 10;
}

static int by_tens_r(const void *a, const void *b, void *calls)
{
	++*(int *)calls;
	return by_tens(a, b);
}

START_TEST(equal_elements_keep_their_order)
{
	static const size_t sizes[] = { 2, 7, 8, 9, 100, 1000, 100000 };

	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		size_t n = sizes[k];
		struct rec *r = calloc(n, sizeof *r);
		unsigned seed = 12345;

		ck_assert_ptr_nonnull(r);
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245 + 12345;
			r[i].key = (int)(seed >> 16) % 7;
			r[i].index = (int)i;
		}
		qsort(r, n, sizeof *r, by_key);
		for (size_t i = 1; i < n; i++) {
			ck_assert_int_le(r[i - 1].key, r[i].key);
			if (r[i - 1].key == r[i].key)
				ck_assert_int_lt(r[i - 1].index, r[i].index);
		}
		free(r);
	}
}
END_TEST

START_TEST(ties_in_input_order)
{
	int a[] = { 31, 30, 12, 11, 10, 22, 21, 20, 5, 39, 1 };
	static const int want[] = { 5, 1, 12, 11, 10, 22, 21, 20, 31, 30, 39 };
	int calls = 0;

	qsort(a, sizeof a / sizeof a[0], sizeof a[0], by_tens);
	ck_assert_mem_eq(a, want, sizeof want);
	memcpy(a, (int[]){ 31, 30, 12, 11, 10, 22, 21, 20, 5, 39, 1 }, sizeof a);
	qsort_r(a, sizeof a / sizeof a[0], sizeof a[0], by_tens_r, &calls);
	ck_assert_mem_eq(a, want, sizeof want);
	ck_assert_int_gt(calls, 0);
}
END_TEST

START_TEST(degenerate)
{
	int one = 7;

	qsort(&one, 1, sizeof one, by_tens);
	qsort(&one, 0, sizeof one, by_tens);
	ck_assert_int_eq(one, 7);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("qsort");
	TCase *tc = tcase_create("qsort");

	tcase_add_test(tc, equal_elements_keep_their_order);
	tcase_add_test(tc, ties_in_input_order);
	tcase_add_test(tc, degenerate);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
