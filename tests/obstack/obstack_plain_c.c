/*
 * The macros as a compiler without GNU C's statement expressions sees
 * them: <obstack.h> is read with __GNUC__ undefined (after every other
 * header, which may depend on it).
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"
#undef __GNUC__
#undef __clang__
#include <obstack.h>

#define obstack_chunk_alloc malloc
#define obstack_chunk_free free

START_TEST(every_macro)
{
	struct obstack ob;
	char *s;
	void **v;
	int *iv, x = 0;

	ck_assert_int_eq(obstack_init(&ob), 1);
	ck_assert(obstack_empty_p(&ob));
	ck_assert_uint_eq(obstack_room(&ob), 4048);
	obstack_grow(&ob, "ab", 2);
	obstack_1grow(&ob, 'c');
	obstack_grow0(&ob, "de", 2);
	ck_assert_uint_eq(obstack_object_size(&ob), 6);
	s = obstack_finish(&ob);
	ck_assert_str_eq(s, "abcde");
	ck_assert(!obstack_empty_p(&ob));
	ck_assert_str_eq(obstack_copy0(&ob, "xyz", 3), "xyz");
	ck_assert(memcmp(obstack_copy(&ob, "uv", 2), "uv", 2) == 0);
	obstack_ptr_grow(&ob, &x);
	obstack_make_room(&ob, sizeof(void *));
	obstack_ptr_grow_fast(&ob, &ob);
	v = obstack_finish(&ob);
	ck_assert_ptr_eq(v[0], &x);
	ck_assert_ptr_eq(v[1], &ob);
	obstack_int_grow(&ob, 5);
	obstack_make_room(&ob, sizeof(int));
	obstack_int_grow_fast(&ob, 6);
	iv = obstack_finish(&ob);
	ck_assert_int_eq(iv[0] + iv[1], 11);
	obstack_blank(&ob, 50);
	obstack_blank(&ob, -20);
	obstack_blank_fast(&ob, -10);
	obstack_1grow_fast(&ob, 'q');
	ck_assert_uint_eq(obstack_object_size(&ob), 21);
	ck_assert_int_eq(((char *)obstack_next_free(&ob))[-1], 'q');
	ck_assert_ptr_nonnull(obstack_alloc(&ob, 10000));
	ck_assert_int_gt(obstack_memory_used(&ob), 10000);
	ck_assert_int_eq(obstack_printf(&ob, "%d", 42), 2);
	ck_assert_uint_eq(obstack_object_size(&ob), 2);
	obstack_free(&ob, s);
	ck_assert_ptr_eq(obstack_base(&ob), s);
	obstack_free(&ob, NULL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("obstack plain C");
	TCase *tc = tcase_create("plain C");

	tcase_add_test(tc, every_macro);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
