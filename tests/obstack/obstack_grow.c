/* Building objects: every growing macro, their contents and sizes. */
#define _GNU_SOURCE
#include <obstack.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

#define obstack_chunk_alloc malloc
#define obstack_chunk_free free

START_TEST(grow_and_finish)
{
	struct obstack ob;
	char *s, *t;

	obstack_init(&ob);
	obstack_grow(&ob, "hello", 5);
	obstack_1grow(&ob, ',');
	obstack_grow0(&ob, " world!", 6);
	ck_assert_uint_eq(obstack_object_size(&ob), 13);
	s = obstack_finish(&ob);
	ck_assert_str_eq(s, "hello, world");
	ck_assert_uint_eq(obstack_object_size(&ob), 0);
	t = obstack_copy0(&ob, "abc", 2);
	ck_assert_str_eq(t, "ab");
	ck_assert_int_eq(t - s, 16);		/* 13 bytes, aligned to 16 */
	t = obstack_copy(&ob, "xyz", 3);
	ck_assert(memcmp(t, "xyz", 3) == 0);
	ck_assert_str_eq(s, "hello, world");	/* earlier objects stay put */
	obstack_free(&ob, NULL);
}
END_TEST

START_TEST(every_short_length)
{
	struct obstack ob;
	unsigned char src[300];

	for (int i = 0; i < 300; i++)
		src[i] = (unsigned char)(i * 37 + 11);
	obstack_init(&ob);
	for (int misalign = 0; misalign < 9; misalign++) {
		for (int n = 0; n <= 140; n++) {
			unsigned char *obj;

			obstack_blank(&ob, misalign);
			memset(obstack_base(&ob), 0xee, (size_t)misalign);
			obstack_grow(&ob, src + n % 7, n);
			obstack_grow0(&ob, src + 150, n);
			ck_assert_uint_eq(obstack_object_size(&ob), (unsigned)(misalign + 2 * n + 1));
			obj = obstack_finish(&ob);
			for (int k = 0; k < misalign; k++)
				ck_assert_int_eq(obj[k], 0xee);
			ck_assert(memcmp(obj + misalign, src + n % 7, (size_t)n) == 0);
			ck_assert(memcmp(obj + misalign + n, src + 150, (size_t)n) == 0);
			ck_assert_int_eq(obj[misalign + 2 * n], 0);
			obj = obstack_copy(&ob, src + 3, n);
			ck_assert(memcmp(obj, src + 3, (size_t)n) == 0);
		}
	}
	obstack_free(&ob, NULL);
}
END_TEST

START_TEST(pointers_and_ints)
{
	struct obstack ob;
	void **v;
	int *iv;
	char *bytes;
	int x;

	obstack_init(&ob);
	obstack_ptr_grow(&ob, &x);
	obstack_ptr_grow(&ob, NULL);
	obstack_make_room(&ob, sizeof(void *));
	obstack_ptr_grow_fast(&ob, &ob);
	ck_assert_uint_eq(obstack_object_size(&ob), 3 * sizeof(void *));
	v = obstack_finish(&ob);
	ck_assert_ptr_eq(v[0], &x);
	ck_assert_ptr_null(v[1]);
	ck_assert_ptr_eq(v[2], &ob);
	obstack_int_grow(&ob, -7);
	obstack_make_room(&ob, sizeof(int));
	obstack_int_grow_fast(&ob, 1 << 30);
	iv = obstack_finish(&ob);
	ck_assert_int_eq(iv[0], -7);
	ck_assert_int_eq(iv[1], 1 << 30);
	/* No alignment inside an object: an int after one byte is stored
	 * unaligned, and still reads back. */
	obstack_1grow(&ob, 'c');
	obstack_int_grow(&ob, 123456);
	obstack_ptr_grow(&ob, &x);
	ck_assert_uint_eq(obstack_object_size(&ob), 1 + sizeof(int) + sizeof(void *));
	bytes = obstack_finish(&ob);
	memcpy(&x, bytes + 1, sizeof x);
	ck_assert_int_eq(x, 123456);
	obstack_free(&ob, NULL);
}
END_TEST

START_TEST(fast_forms_after_make_room)
{
	struct obstack ob;
	char *s;

	obstack_init(&ob);
	obstack_make_room(&ob, 10000);
	ck_assert_uint_ge(obstack_room(&ob), 10000);
	for (int i = 0; i < 10000; i++)
		obstack_1grow_fast(&ob, 'a' + i % 26);
	obstack_blank_fast(&ob, -1);
	ck_assert_uint_eq(obstack_object_size(&ob), 9999);
	obstack_1grow(&ob, 0);
	s = obstack_finish(&ob);
	ck_assert_uint_eq(strlen(s), 9999);
	ck_assert_int_eq(s[9998], 'a' + 9998 % 26);
	obstack_free(&ob, NULL);
}
END_TEST

START_TEST(blank_grows_and_shrinks)
{
	struct obstack ob;
	char *base;

	obstack_init(&ob);
	obstack_grow(&ob, "abc", 3);
	obstack_blank(&ob, 100);
	ck_assert_uint_eq(obstack_object_size(&ob), 103);
	obstack_blank(&ob, -101);
	ck_assert_uint_eq(obstack_object_size(&ob), 2);
	base = obstack_base(&ob);
	ck_assert(memcmp(base, "ab", 2) == 0);
	obstack_blank(&ob, -2);
	ck_assert_uint_eq(obstack_object_size(&ob), 0);
	obstack_blank(&ob, 0);
	ck_assert_ptr_eq(obstack_finish(&ob), base);
	obstack_free(&ob, NULL);
}
END_TEST

START_TEST(growth_across_chunks_keeps_contents)
{
	struct obstack ob;
	char *chunks[4] = { 0 };
	unsigned char *obj;
	int n = 0;

	obstack_begin(&ob, 256);
	for (int i = 0; i < 100000; i++) {
		obstack_1grow(&ob, (char)(i * 31));
		if (n < 4 && (char *)ob.chunk != chunks[n ? n - 1 : 0])
			chunks[n++] = (char *)ob.chunk;
	}
	ck_assert_uint_eq(obstack_object_size(&ob), 100000);
	obj = obstack_finish(&ob);
	for (int i = 0; i < 100000; i++)
		ck_assert_int_eq(obj[i], (unsigned char)(i * 31));
	/* The whole object lives in one chunk. */
	ck_assert((char *)obj > (char *)ob.chunk && (char *)obj + 100000 <= ob.chunk->limit);
	obstack_free(&ob, NULL);
}
END_TEST

START_TEST(alloc_many_then_free_to_first)
{
	struct obstack ob;
	char *first, *p;

	obstack_init(&ob);
	first = obstack_alloc(&ob, 1);
	for (int i = 0; i < 20000; i++) {
		p = obstack_alloc(&ob, 1 + i % 40);
		ck_assert_uint_eq((uintptr_t)p % 16, 0);
		memset(p, i, 1 + i % 40);
	}
	ck_assert_int_gt(obstack_memory_used(&ob), 20000 * 16);
	obstack_free(&ob, first);
	ck_assert_int_eq(obstack_memory_used(&ob), 4064);
	ck_assert_ptr_eq(obstack_base(&ob), first);
	obstack_free(&ob, NULL);
}
END_TEST

START_TEST(printf_appends)
{
	struct obstack ob;
	char big[3000], *s;
	int n;

	obstack_init(&ob);
	obstack_1grow(&ob, '<');
	n = obstack_printf(&ob, "%d-%s", 12, "ab");
	ck_assert_int_eq(n, 5);
	ck_assert_uint_eq(obstack_object_size(&ob), 6);	/* no zero added */
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = 0;
	n = obstack_printf(&ob, "%s|%d", big, 42);
	ck_assert_int_eq(n, 3002);
	obstack_1grow(&ob, 0);
	s = obstack_finish(&ob);
	ck_assert_uint_eq(strlen(s), 3008);
	ck_assert(strncmp(s, "<12-abxxx", 9) == 0);
	ck_assert_str_eq(s + 3003, "xx|42");
	obstack_free(&ob, NULL);
}
END_TEST

static int vp(struct obstack *ob, const char *format, ...)
{
	va_list ap;
	int n;

	va_start(ap, format);
	n = obstack_vprintf(ob, format, ap);
	va_end(ap);
	return n;
}

START_TEST(vprintf_larger_than_a_chunk)
{
	struct obstack ob;
	char *s;

	obstack_begin(&ob, 100);
	for (int i = 0; i < 1000; i++)
		ck_assert_int_eq(vp(&ob, "%04d,", i), 5);
	ck_assert_int_eq(vp(&ob, "%s", ""), 0);
	ck_assert_int_eq(vp(&ob, "%*s", 20000, "end"), 20000);
	obstack_1grow(&ob, 0);
	s = obstack_finish(&ob);
	ck_assert_uint_eq(strlen(s), 25000);
	ck_assert(strncmp(s, "0000,0001,0002,", 15) == 0);
	ck_assert(strncmp(s + 4990, "0998,0999,   ", 13) == 0);
	ck_assert_str_eq(s + 24997, "end");
	obstack_free(&ob, NULL);
}
END_TEST

START_TEST(arguments_evaluated_once)
{
	struct obstack obs[2], *p = obs;
	const char *src = "abcdef";
	int len = 2;

	obstack_init(&obs[0]);
	obstack_init(&obs[1]);
	obstack_grow(p++, src++, len++);
	ck_assert_ptr_eq(p, obs + 1);
	obstack_1grow(p++, *src++);
	obstack_blank(--p, len--);
	ck_assert_ptr_eq(p, obs + 1);
	ck_assert_uint_eq(obstack_object_size(&obs[0]), 2);
	ck_assert_uint_eq(obstack_object_size(&obs[1]), 4);
	ck_assert_ptr_eq(obstack_finish(p++), obs[1].object_base - 16);
	ck_assert(obstack_alloc(--p, len++) != NULL);
	ck_assert_int_eq(len, 3);
	obstack_free(&obs[0], NULL);
	obstack_free(&obs[1], NULL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("obstack grow");
	TCase *tc = tcase_create("grow");

	tcase_add_test(tc, grow_and_finish);
	tcase_add_test(tc, every_short_length);
	tcase_add_test(tc, pointers_and_ints);
	tcase_add_test(tc, fast_forms_after_make_room);
	tcase_add_test(tc, blank_grows_and_shrinks);
	tcase_add_test(tc, growth_across_chunks_keeps_contents);
	tcase_add_test(tc, alloc_many_then_free_to_first);
	tcase_add_test(tc, printf_appends);
	tcase_add_test(tc, vprintf_larger_than_a_chunk);
	tcase_add_test(tc, arguments_evaluated_once);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
