#define _GNU_SOURCE
/*
 * Deliberate deviations from glibc 2.36 in the obstack module. musl only:
 * each case says what glibc does instead. In each of them glibc does not
 * do what was asked (it cuts the length to int), writes outside a chunk or
 * crashes; here the request goes to obstack_alloc_failed_handler, or is
 * made safe, before anything is written.
 */
#include <obstack.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "recorder.h"

#define obstack_chunk_alloc rec_alloc
#define obstack_chunk_free rec_free

int _obstack_allocated_p(struct obstack *, void *);

/* Bytes from the start of the first chunk to p. */
static long off0(const void *p)
{
	return (long)((const char *)p - rec.chunks[0]);
}

static jmp_buf jump;
static int handled;

static void jump_back(void)
{
	handled++;
	longjmp(jump, 1);
}

/* Runs op on an obstack holding the 4-byte object "keep" and checks that
 * the handler was called, the allocator was asked for n_allocs chunks in
 * all, and the obstack is as it was. */
#define EXPECT_REFUSED(op, n_allocs) do { \
	struct obstack ob_; \
	char *base_; \
	rec_reset(); \
	obstack_init(&ob_); \
	obstack_grow(&ob_, "keep", 4); \
	base_ = obstack_base(&ob_); \
	rec.limit = 1L << 30; \
	obstack_alloc_failed_handler = jump_back; \
	handled = 0; \
	if (!setjmp(jump)) \
		op(&ob_); \
	ck_assert_int_eq(handled, 1); \
	ck_assert_int_eq(rec.allocs, n_allocs); \
	ck_assert_ptr_eq(obstack_base(&ob_), base_); \
	ck_assert_uint_eq(obstack_object_size(&ob_), 4); \
	ck_assert(memcmp(base_, "keep", 4) == 0); \
	obstack_free(&ob_, NULL); \
	rec_reset(); \
} while (0)

/* glibc cuts the length to int: 1 << 40 becomes 0 and obstack_alloc
 * returns a zero-sized object for a request of a terabyte. */
static void alloc_terabyte(struct obstack *ob)
{
	obstack_alloc(ob, (size_t)1 << 40);
}

/* glibc: (int)PTRDIFF_MAX is -1, so this shrinks the object by a byte. */
static void blank_huge(struct obstack *ob)
{
	obstack_blank(ob, PTRDIFF_MAX);
}

/* glibc moves the end of the object back a byte ("keep" becomes "kee"). */
static void grow_negative(struct obstack *ob)
{
	obstack_grow(ob, "x", -1);
}

/* glibc cuts PTRDIFF_MAX to -1 and SIZE_MAX / 2 likewise: the object
 * shrinks and a zero is written inside it. */
static void grow0_huge(struct obstack *ob)
{
	/* Not a constant: gcc would rightly warn about the writes. */
	volatile ptrdiff_t n = PTRDIFF_MAX;

	obstack_grow0(ob, "x", n);
}

static void copy0_huge(struct obstack *ob)
{
	volatile size_t n = SIZE_MAX / 2;

	obstack_copy0(ob, "x", n);
}

/* glibc moves the end of the object before its start; later growth then
 * overwrites earlier objects. */
static void shrink_past_start(struct obstack *ob)
{
	obstack_blank(ob, -5);
}

/* glibc: (int)(SIZE_MAX / 2 + 3) is 2, a three-byte blank after all. */
static void make_room_wrapping(struct obstack *ob)
{
	obstack_make_room(ob, SIZE_MAX / 2 + 3);
	obstack_blank_fast(ob, 3);
}

START_TEST(impossible_lengths_go_to_the_handler)
{
	/* A terabyte is asked of the allocator, which cannot give it. */
	EXPECT_REFUSED(alloc_terabyte, 2);
	/* The rest never reach it. */
	EXPECT_REFUSED(blank_huge, 1);
	EXPECT_REFUSED(grow_negative, 1);
	EXPECT_REFUSED(grow0_huge, 1);
	EXPECT_REFUSED(copy0_huge, 1);
	EXPECT_REFUSED(shrink_past_start, 1);
	EXPECT_REFUSED(make_room_wrapping, 1);
}
END_TEST

START_TEST(large_lengths_are_not_cut)
{
	struct obstack ob;

	/* 2^32 + 10 bytes: glibc would see 10. The allocator is asked for
	 * the real size (and refuses it here). */
	rec_reset();
	obstack_init(&ob);
	rec.limit = 100000;
	obstack_alloc_failed_handler = jump_back;
	handled = 0;
	if (!setjmp(jump))
		obstack_blank(&ob, ((size_t)1 << 32) + 10);
	ck_assert_int_eq(handled, 1);
	ck_assert_int_eq(rec.allocs, 2);
	ck_assert_int_eq(rec.sizes[1], (1L << 32) + 10 + 15 + 100);
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

/* glibc asks for the chunk size it is given and writes the 16-byte chunk
 * header into it: obstack_begin(&ob, 1) overflows a 1-byte allocation. */
START_TEST(tiny_chunk_size_holds_the_header)
{
	struct obstack ob;

	rec_reset();
	obstack_begin(&ob, 1);
	ck_assert_int_eq(rec.sizes[0], 16);
	ck_assert_int_eq(obstack_chunk_size(&ob), 1);
	ck_assert_uint_eq(obstack_room(&ob), 0);
	ck_assert_str_eq(obstack_copy0(&ob, "abc", 3), "abc");
	ck_assert_int_eq(rec.sizes[1], 104 + 15);
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

/* glibc passes a negative chunk size on to the allocator. */
START_TEST(negative_chunk_size_is_refused)
{
	struct obstack ob;

	rec_reset();
	obstack_alloc_failed_handler = jump_back;
	handled = 0;
	if (!setjmp(jump))
		obstack_begin(&ob, -1);
	ck_assert_int_eq(handled, 1);
	ck_assert_int_eq(rec.allocs, 0);
	rec_reset();
}
END_TEST

/* When the first aligned address is past the end of the chunk, glibc
 * starts the object there, outside the chunk, and obstack_room wraps
 * around to about 4 billion. Here the object starts at the chunk's end,
 * with no room. */
START_TEST(object_start_stays_in_the_chunk)
{
	struct obstack ob;

	rec_reset();
	rec.offset = 8;		/* the chunk at 16n + 8: contents at 16n + 24 */
	obstack_begin(&ob, 20);
	ck_assert_ptr_eq(obstack_base(&ob), rec.chunks[0] + 20);
	ck_assert_uint_eq(obstack_room(&ob), 0);
	ck_assert_str_eq(obstack_copy0(&ob, "x", 1), "x");
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

static void returning_handler(void)
{
}

/* A handler that returns: glibc carries on with a null chunk and crashes
 * (SIGSEGV); here the process aborts before anything is written. */
START_TEST(returning_handler_aborts)
{
	int status;
	pid_t pid = fork();

	ck_assert(pid >= 0);
	if (pid == 0) {
		struct obstack ob;

		obstack_alloc_failed_handler = returning_handler;
		rec.limit = 5000;
		obstack_init(&ob);
		obstack_blank(&ob, 10000);
		_exit(0);
	}
	ck_assert(waitpid(pid, &status, 0) == pid);
	ck_assert(WIFSIGNALED(status));
	ck_assert_int_eq(WTERMSIG(status), SIGABRT);
}
END_TEST

/* When the handler jumps out of obstack_printf, glibc leaves part of the
 * output in the object (4640 bytes of 6000 here). */
START_TEST(failed_printf_leaves_the_object)
{
	struct obstack ob;

	rec_reset();
	obstack_init(&ob);
	obstack_grow(&ob, "ab", 2);
	rec.limit = 5000;
	obstack_alloc_failed_handler = jump_back;
	handled = 0;
	if (!setjmp(jump))
		obstack_printf(&ob, "%6000d", 1);
	ck_assert_int_eq(handled, 1);
	ck_assert_uint_eq(obstack_object_size(&ob), 2);
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

/* After the alignment mask is raised, the second object of a chunk can
 * start where the new mask puts a first object. glibc then takes it for
 * the chunk's only object and frees the chunk when that object grows past
 * it, with the first object still in it. */
START_TEST(raised_mask_keeps_chunk_with_objects)
{
	static char big[70000];
	struct obstack ob;
	char *x;

	rec_reset();
	obstack_init(&ob);
	x = obstack_copy0(&ob, "x", 1);
	ck_assert_int_eq(off0(x), 16);
	obstack_alignment_mask(&ob) = 31;
	obstack_1grow(&ob, 'a');
	ck_assert_int_eq(off0(obstack_base(&ob)), 32);
	obstack_grow(&ob, big, sizeof big);
	ck_assert_int_eq(rec.frees, 0);
	ck_assert(_obstack_allocated_p(&ob, x));
	ck_assert_str_eq(x, "x");
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("obstack deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, impossible_lengths_go_to_the_handler);
	tcase_add_test(tc, large_lengths_are_not_cut);
	tcase_add_test(tc, tiny_chunk_size_holds_the_header);
	tcase_add_test(tc, negative_chunk_size_is_refused);
	tcase_add_test(tc, object_start_stays_in_the_chunk);
	tcase_add_test(tc, returning_handler_aborts);
	tcase_add_test(tc, failed_printf_leaves_the_object);
	tcase_add_test(tc, raised_mask_keeps_chunk_with_objects);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
