/* backtrace: the return addresses of the active calls, innermost first,
 * read from the unwind tables (lwbt_deep's frames have no frame pointer),
 * at most size of them. */
#define _GNU_SOURCE
#include <execinfo.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include "lwbtest.h"
#include "bttest.h"

#define MAX 2048

struct trace {
	int size, n;
	void *frames[MAX];
};

static __attribute__((noinline)) void record(void *arg)
{
	struct trace *t = arg;

	t->n = backtrace(t->frames, t->size);
	/* keeps the call above from being a tail call */
	__asm__ volatile("" ::: "memory");
}

static __attribute__((noinline)) struct trace *trace_at_depth(long depth, int size)
{
	static struct trace t;

	memset(&t, 0, sizeof t);
	t.size = size;
	lwbt_deep(depth, record, &t);
	__asm__ volatile("" ::: "memory");	/* not a tail call */
	return &t;
}

/* frames[0] in record, then the leaf's and depth recursive returns. */
static void check_shape(const struct trace *t, long depth)
{
	void *const *f = t->frames + BT_ASAN;

	ck_assert_int_ge(t->n, BT_ASAN + depth + 2);
	ck_assert_uint_gt((uintptr_t)f[0], (uintptr_t)record);
	ck_assert_uint_lt((uintptr_t)f[0], (uintptr_t)record + 4096);
	ck_assert_ptr_eq(f[1], lwbt_deep_leaf_return);
	for (long i = 0; i < depth; i++)
		ck_assert_ptr_eq(f[2 + i], lwbt_deep_return);
	ck_assert_ptr_ne(f[2 + depth], lwbt_deep_return);
}

START_TEST(innermost_first_without_frame_pointers)
{
	check_shape(trace_at_depth(3, MAX), 3);
}
END_TEST

START_TEST(deep_stacks)
{
	struct trace *t = trace_at_depth(1000, MAX);

	check_shape(t, 1000);
	ck_assert_int_lt(t->n, MAX);
}
END_TEST

START_TEST(at_most_size_frames)
{
	static struct trace full;

	full = *trace_at_depth(10, MAX);
	for (int size = 1; size <= 13; size++) {
		struct trace *t = trace_at_depth(10, size);

		ck_assert_int_eq(t->n, size);
		/* the innermost ones, the same as in the full trace */
		for (int i = 0; i < size; i++)
			ck_assert_ptr_eq(t->frames[i], full.frames[i]);
		ck_assert_ptr_null(t->frames[size]);
	}
}
END_TEST

START_TEST(no_frames_for_size_zero_or_less)
{
	void *frames[4] = { 0 };

	ck_assert_int_eq(backtrace(frames, 0), 0);
	ck_assert_int_eq(backtrace(frames, -1), 0);
	ck_assert_int_eq(backtrace(frames, INT_MIN), 0);
	ck_assert_ptr_null(frames[0]);
}
END_TEST

static __attribute__((noinline)) void record_twice(void *arg)
{
	struct trace *t = arg;

	t[0].n = backtrace(t[0].frames, MAX);
	t[1].n = backtrace(t[1].frames, MAX);
	__asm__ volatile("" ::: "memory");
}

/* The whole stack, twice from one frame: the same but for the first
 * entry, and no null entries (the outermost frame's return address is 0,
 * and glibc drops it). */
START_TEST(whole_stack)
{
	static struct trace t[2];

	lwbt_deep(2, record_twice, t);
	ck_assert_int_lt(t[0].n, MAX);
	ck_assert_int_eq(t[0].n, t[1].n);
	ck_assert_ptr_ne(t[0].frames[BT_ASAN], t[1].frames[BT_ASAN]);
	for (int i = 0; i < t[0].n; i++) {
		ck_assert_ptr_nonnull(t[0].frames[i]);
		if (i != BT_ASAN)
			ck_assert_ptr_eq(t[0].frames[i], t[1].frames[i]);
	}
	/* with room for exactly the stack, the same count */
	{
		int n = trace_at_depth(2, MAX)->n;

		ck_assert_int_eq(trace_at_depth(2, n)->n, n);
	}
}
END_TEST

static void *thread_main(void *arg)
{
	struct trace *t = arg;

	t->size = MAX;
	lwbt_deep(7, record, t);
	return NULL;
}

START_TEST(in_a_thread)
{
	static struct trace t;
	pthread_t th;

	ck_assert_int_eq(pthread_create(&th, NULL, thread_main, &t), 0);
	ck_assert_int_eq(pthread_join(th, NULL), 0);
	check_shape(&t, 7);
	ck_assert_int_lt(t.n, MAX);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("backtrace");
	TCase *tc = tcase_create("frames");

	tcase_add_test(tc, innermost_first_without_frame_pointers);
	tcase_add_test(tc, deep_stacks);
	tcase_add_test(tc, at_most_size_frames);
	tcase_add_test(tc, no_frames_for_size_zero_or_less);
	tcase_add_test(tc, whole_stack);
	tcase_add_test(tc, in_a_thread);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
