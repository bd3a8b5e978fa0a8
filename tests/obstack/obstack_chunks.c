/* Chunk sizes, chunk reuse and alignment, seen through the allocator. */
#include <obstack.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "recorder.h"

/* Exported by glibc, declared by neither glibc's header nor the manual. */
int _obstack_allocated_p(struct obstack *, void *);

#define obstack_chunk_alloc rec_alloc
#define obstack_chunk_free rec_free

static char data[70000];

static void fill(void)
{
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (char)(i * 7 + i / 251);
}

/* Bytes from the start of chunk i to p. */
static long off(int i, const void *p)
{
	return (long)((const char *)p - rec.chunks[i]);
}

START_TEST(init_defaults)
{
	struct obstack ob;

	rec_reset();
	ck_assert_int_eq(obstack_init(&ob), 1);
	ck_assert_int_eq(rec.allocs, 1);
	ck_assert_int_eq(rec.sizes[0], 4064);
	ck_assert_int_eq(obstack_chunk_size(&ob), 4064);
	ck_assert_int_eq(obstack_alignment_mask(&ob), 15);
	ck_assert_int_eq(off(0, obstack_base(&ob)), 16);
	ck_assert_ptr_eq(obstack_base(&ob), obstack_next_free(&ob));
	ck_assert_uint_eq(obstack_room(&ob), 4048);
	ck_assert_uint_eq(obstack_object_size(&ob), 0);
	ck_assert_int_eq(obstack_memory_used(&ob), 4064);
	ck_assert(obstack_empty_p(&ob));
	obstack_free(&ob, NULL);
	ck_assert_int_eq(rec.frees, 1);
	rec_reset();
}
END_TEST

START_TEST(begin_sizes)
{
	static const int sizes[] = { 0, 16, 17, 100, 1000, 4064, 5000, 100000 };

	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		struct obstack ob;
		long want = sizes[i] ? sizes[i] : 4064;

		rec_reset();
		ck_assert_int_eq(obstack_begin(&ob, sizes[i]), 1);
		ck_assert_int_eq(rec.sizes[0], want);
		ck_assert_int_eq(obstack_chunk_size(&ob), want);
		ck_assert_uint_eq(obstack_room(&ob), want - 16);
		ck_assert_int_eq(obstack_memory_used(&ob), want);
		obstack_free(&ob, NULL);
	}
	rec_reset();
}
END_TEST

/* The first aligned address at or after p. */
static uintptr_t up(uintptr_t p, uintptr_t mask)
{
	return (p + mask) & ~mask;
}

START_TEST(alignment_is_of_addresses)
{
	static const int aligns[] = { 1, 2, 3, 4, 8, 16, 24, 32, 64, 128, 4096 };

	/* Chunks at addresses 8 past a multiple of 16 (the header's pointers
	 * stay aligned). */
	for (int offset = 0; offset <= 8; offset += 8) {
		for (size_t i = 0; i < sizeof aligns / sizeof *aligns; i++) {
			uintptr_t m = (uintptr_t)aligns[i] - 1;
			struct obstack ob;
			char *p, *q;

			rec_reset();
			rec.offset = offset;
			ck_assert_int_eq(obstack_specify_allocation(&ob, 0, aligns[i], rec_alloc, rec_free), 1);
			ck_assert_int_eq(obstack_alignment_mask(&ob), (int)m);
			/* (When the first aligned address is past the chunk's
			 * end glibc starts the object there, outside the chunk:
			 * see obstack_deviations.) */
			if (up((uintptr_t)rec.chunks[0] + 16, m) > (uintptr_t)rec.chunks[0] + 4064) {
				obstack_free(&ob, NULL);
				continue;
			}
			ck_assert_uint_eq((uintptr_t)obstack_base(&ob), up((uintptr_t)rec.chunks[0] + 16, m));
			p = obstack_alloc(&ob, 1);
			q = obstack_alloc(&ob, 1);
			ck_assert_ptr_eq(p, (char *)up((uintptr_t)rec.chunks[0] + 16, m));
			if (rec.allocs == 1)
				ck_assert_uint_eq((uintptr_t)q, up((uintptr_t)p + 1, m));
			obstack_free(&ob, NULL);
		}
	}
	rec_reset();
}
END_TEST

START_TEST(default_alignment_with_odd_chunks)
{
	struct obstack ob;

	rec_reset();
	rec.offset = 8;
	obstack_init(&ob);
	ck_assert_int_eq(off(0, obstack_base(&ob)), 24);
	ck_assert_uint_eq(obstack_room(&ob), 4040);
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

START_TEST(mask_change_takes_effect_at_finish)
{
	struct obstack ob;
	char *p, *q, *r;

	rec_reset();
	obstack_init(&ob);
	obstack_alignment_mask(&ob) = 0;
	p = obstack_alloc(&ob, 3);
	q = obstack_alloc(&ob, 3);
	ck_assert_int_eq(q - p, 3);
	obstack_alignment_mask(&ob) = 7;
	r = obstack_alloc(&ob, 1);
	ck_assert_ptr_eq(r, q + 3);		/* the current object began earlier */
	ck_assert_uint_eq((uintptr_t)obstack_base(&ob) % 8, 0);
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

/* A current object grown to obj bytes (after a 3-byte object), then by len:
 * the chunk asked for while growing to obj and while growing by len (0 for
 * none). */
static const struct { int obj, len; long at_obj, at_len; } growth[] = {
	{ 0, 1, 0, 0 },
	{ 0, 5000, 0, 5115 },
	{ 0, 50000, 0, 50115 },
	{ 7, 5000, 0, 5122 },
	{ 64, 5000, 0, 5187 },
	{ 800, 1, 0, 0 },
	{ 800, 5000, 0, 6015 },
	{ 4000, 1, 0, 0 },
	{ 4000, 50, 0, 4665 },
	{ 4000, 5000, 0, 9615 },
	{ 10000, 1, 10115, 0 },
	{ 10000, 5000, 10115, 16365 },
	{ 10000, 50000, 10115, 61365 },
};

START_TEST(new_chunk_sizes)
{
	fill();
	for (size_t i = 0; i < sizeof growth / sizeof *growth; i++) {
		struct obstack ob;
		char *obj;
		int n = 1;

		rec_reset();
		obstack_init(&ob);
		obstack_alloc(&ob, 3);
		obstack_grow(&ob, data, growth[i].obj);
		if (growth[i].at_obj)
			ck_assert_int_eq(rec.sizes[n++], growth[i].at_obj);
		obstack_grow(&ob, data + growth[i].obj, growth[i].len);
		if (growth[i].at_len)
			ck_assert_int_eq(rec.sizes[n++], growth[i].at_len);
		ck_assert_msg(rec.allocs == n, "case %zu: %d chunks", i, rec.allocs);
		ck_assert_uint_eq(obstack_object_size(&ob), growth[i].obj + growth[i].len);
		obj = obstack_finish(&ob);
		ck_assert(memcmp(obj, data, (size_t)(growth[i].obj + growth[i].len)) == 0);
		/* A chunk that held only the moving object is freed. */
		ck_assert_int_eq(rec.frees, growth[i].at_obj && growth[i].at_len);
		ck_assert_uint_eq((uintptr_t)obj % 16, 0);
		if (n > 1)
			ck_assert_int_eq(off(n - 1, obj), 16);
		obstack_free(&ob, NULL);
	}
	rec_reset();
}
END_TEST

START_TEST(chunk_size_is_the_minimum)
{
	struct obstack ob;

	rec_reset();
	obstack_begin(&ob, 200);
	obstack_alloc(&ob, 180);
	/* 16 + 180 rounds to 208, past the chunk: the next object starts at
	 * the chunk's end, with no room. */
	ck_assert_int_eq(off(0, obstack_base(&ob)), 200);
	ck_assert_uint_eq(obstack_room(&ob), 0);
	obstack_alloc(&ob, 1);
	ck_assert_int_eq(rec.allocs, 2);
	ck_assert_int_eq(rec.sizes[1], 200);
	ck_assert_int_eq(rec.frees, 0);
	ck_assert_int_eq(obstack_memory_used(&ob), 400);
	obstack_chunk_size(&ob) = 100;
	obstack_alignment_mask(&ob) = 0;
	obstack_alloc(&ob, 500);
	ck_assert_int_eq(rec.sizes[2], 600);
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

START_TEST(lone_object_chunk_is_freed)
{
	struct obstack ob;

	fill();
	/* The object started the chunk: the chunk goes with it. */
	rec_reset();
	obstack_begin(&ob, 200);
	obstack_grow(&ob, data, 150);
	obstack_grow(&ob, data + 150, 100);
	ck_assert_int_eq(rec.sizes[1], 383);
	ck_assert_int_eq(rec.frees, 1);
	ck_assert_int_eq(rec.freed[0], 0);
	ck_assert_int_eq(obstack_memory_used(&ob), 383);
	ck_assert(memcmp(obstack_base(&ob), data, 250) == 0);
	obstack_free(&ob, NULL);

	/* An object before it keeps the chunk. */
	rec_reset();
	obstack_begin(&ob, 200);
	obstack_alloc(&ob, 50);
	obstack_grow(&ob, data, 150);
	ck_assert_int_eq(rec.sizes[1], 265);
	obstack_grow(&ob, data, 100);
	ck_assert_int_eq(rec.sizes[2], 383);
	ck_assert_int_eq(rec.frees, 1);		/* the middle chunk only */
	ck_assert_int_eq(rec.freed[0], 1);
	obstack_free(&ob, NULL);
	ck_assert_int_eq(rec.frees, 3);
	rec_reset();
}
END_TEST

START_TEST(empty_object_keeps_chunk)
{
	struct obstack ob;
	void *empty;

	fill();
	/* An empty object finished at the start may still be in use. */
	rec_reset();
	obstack_begin(&ob, 200);
	empty = obstack_finish(&ob);
	obstack_grow(&ob, data, 150);
	obstack_grow(&ob, data, 100);
	ck_assert_int_eq(rec.allocs, 2);
	ck_assert_int_eq(rec.frees, 0);
	ck_assert(_obstack_allocated_p(&ob, empty));
	obstack_free(&ob, NULL);

	/* So may one left by freeing back into an older chunk. */
	rec_reset();
	obstack_begin(&ob, 200);
	void *a = obstack_alloc(&ob, 100);
	obstack_alloc(&ob, 150);
	obstack_free(&ob, a);
	ck_assert_int_eq(rec.frees, 1);
	obstack_grow(&ob, data, 250);
	ck_assert_int_eq(rec.frees, 1);
	ck_assert_int_eq(rec.sizes[2], 365);
	obstack_free(&ob, NULL);

	/* But not one freed within the current chunk. */
	rec_reset();
	obstack_begin(&ob, 200);
	obstack_alloc(&ob, 100);
	void *z = obstack_alloc(&ob, 150);
	ck_assert_int_eq(off(1, z), 16);
	obstack_free(&ob, z);
	obstack_grow(&ob, data, 300);
	ck_assert_int_eq(rec.sizes[2], 415);
	ck_assert_int_eq(rec.frees, 1);
	ck_assert_int_eq(rec.freed[0], 1);
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

START_TEST(free_releases_later_chunks)
{
	struct obstack ob;
	void *x, *y;

	rec_reset();
	obstack_begin(&ob, 200);
	x = obstack_alloc(&ob, 100);
	y = obstack_alloc(&ob, 150);
	obstack_alloc(&ob, 300);
	obstack_alloc(&ob, 500);
	ck_assert_int_eq(rec.allocs, 4);
	ck_assert_int_eq(rec.sizes[1], 265);
	ck_assert_int_eq(rec.sizes[2], 415);
	ck_assert_int_eq(rec.sizes[3], 615);
	ck_assert_int_eq(obstack_memory_used(&ob), 200 + 265 + 415 + 615);
	obstack_free(&ob, y);
	ck_assert_int_eq(rec.frees, 2);
	ck_assert_int_eq(rec.freed[0], 3);
	ck_assert_int_eq(rec.freed[1], 2);
	ck_assert_ptr_eq(obstack_base(&ob), y);
	ck_assert_ptr_eq(obstack_next_free(&ob), y);
	ck_assert_uint_eq(obstack_room(&ob), 249);
	ck_assert_int_eq(obstack_memory_used(&ob), 465);
	obstack_free(&ob, x);
	ck_assert_int_eq(rec.frees, 3);
	ck_assert_int_eq(rec.freed[2], 1);
	ck_assert_uint_eq(obstack_room(&ob), 184);
	ck_assert(obstack_empty_p(&ob));
	obstack_free(&ob, NULL);
	ck_assert_int_eq(rec.frees, 4);
	rec_reset();
}
END_TEST

START_TEST(free_of_a_foreign_pointer_aborts)
{
	int status;
	pid_t pid = fork();

	ck_assert(pid >= 0);
	if (pid == 0) {
		struct obstack ob;
		char outside;

		obstack_init(&ob);
		obstack_free(&ob, &outside);
		_exit(0);
	}
	ck_assert(waitpid(pid, &status, 0) == pid);
	ck_assert(WIFSIGNALED(status));
	ck_assert_int_eq(WTERMSIG(status), SIGABRT);
}
END_TEST

START_TEST(allocated_p_bounds)
{
	struct obstack ob;
	char *chunk, *limit;

	rec_reset();
	obstack_init(&ob);
	chunk = rec.chunks[0];
	limit = chunk + 4064;
	ck_assert(!_obstack_allocated_p(&ob, chunk));
	ck_assert(_obstack_allocated_p(&ob, chunk + 1));
	ck_assert(_obstack_allocated_p(&ob, chunk + 16));
	ck_assert(_obstack_allocated_p(&ob, limit - 1));
	ck_assert(_obstack_allocated_p(&ob, limit));
	ck_assert(!_obstack_allocated_p(&ob, limit + 1));
	/* The end of a chunk counts as in it for obstack_free too. */
	obstack_free(&ob, limit);
	ck_assert_ptr_eq(obstack_base(&ob), limit);
	ck_assert_uint_eq(obstack_room(&ob), 0);
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

START_TEST(allocation_with_argument)
{
	struct obstack ob;
	int token;

	rec_reset();
	ck_assert_int_eq(obstack_specify_allocation_with_arg(&ob, 300, 8,
		rec_alloc_arg, rec_free_arg, &token), 1);
	ck_assert_ptr_eq(rec.last_arg, &token);
	ck_assert_int_eq(rec.sizes[0], 300);
	ck_assert_int_eq(obstack_alignment_mask(&ob), 7);
	rec.last_arg = NULL;
	obstack_alloc(&ob, 1000);
	ck_assert_ptr_eq(rec.last_arg, &token);
	ck_assert_int_eq(rec.sizes[1], 1107);
	ck_assert_int_eq(rec.frees, 1);		/* the first chunk held nothing */
	rec.last_arg = NULL;
	obstack_free(&ob, NULL);
	ck_assert_ptr_eq(rec.last_arg, &token);
	ck_assert_int_eq(rec.frees, 2);
	rec_reset();
}
END_TEST

START_TEST(empty_p)
{
	struct obstack ob;
	void *a;

	rec_reset();
	obstack_init(&ob);
	ck_assert(obstack_empty_p(&ob));
	a = obstack_alloc(&ob, 5);
	ck_assert(!obstack_empty_p(&ob));
	obstack_free(&ob, a);
	ck_assert(obstack_empty_p(&ob));
	obstack_1grow(&ob, 'x');
	ck_assert(!obstack_empty_p(&ob));
	obstack_free(&ob, a);
	obstack_alloc(&ob, 5000);
	ck_assert(!obstack_empty_p(&ob));
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("obstack chunks");
	TCase *tc = tcase_create("chunks");

	tcase_add_test(tc, init_defaults);
	tcase_add_test(tc, begin_sizes);
	tcase_add_test(tc, alignment_is_of_addresses);
	tcase_add_test(tc, default_alignment_with_odd_chunks);
	tcase_add_test(tc, mask_change_takes_effect_at_finish);
	tcase_add_test(tc, new_chunk_sizes);
	tcase_add_test(tc, chunk_size_is_the_minimum);
	tcase_add_test(tc, lone_object_chunk_is_freed);
	tcase_add_test(tc, empty_object_keeps_chunk);
	tcase_add_test(tc, free_releases_later_chunks);
	tcase_add_test(tc, free_of_a_foreign_pointer_aborts);
	tcase_add_test(tc, allocated_p_bounds);
	tcase_add_test(tc, allocation_with_argument);
	tcase_add_test(tc, empty_p);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
