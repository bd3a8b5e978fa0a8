/*
 * The sys/cdefs.h macros at work in real declarations, as GNU code writes
 * them: each must compile warning-free (-Wall -Wextra -Werror) and mean the
 * same on glibc and on musl with libwildebeest. Their exact expansions are
 * compared with glibc's in expansions.py.
 */
#include <sys/cdefs.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

#ifndef _SYS_CDEFS_H
#error "_SYS_CDEFS_H is glibc's include guard and marks the header as read"
#endif

__BEGIN_DECLS
/* Old-style prototype wrappers. */
static int add __P((int a, int b));
/* __REDIRECT binds a new name to an existing symbol: lwbt_abs is abs. */
extern int __REDIRECT_NTH (lwbt_abs, (int __x), abs) __attribute_const__;
extern size_t __REDIRECT (lwbt_strlen, (const char *__s), strlen)
	__attribute_pure__ __nonnull ((1));
__END_DECLS

static int add(int a, int b)
{
	return a + b;
}

/* gcc rejects the leaf attribute in __THROW on a static function. */
extern int lwbt_twice(int x) __THROW __attribute_const__;
int lwbt_twice(int x)
{
	return 2 * x;
}

static __always_inline int thrice(int x)
{
	return 3 * x;
}

static __attribute_noinline__ __attribute_used__ int kept(int x)
{
	return x + 1;
}

/* No -Wunused-function for this one. */
static __attribute_maybe_unused__ int never_called(void)
{
	return 0;
}

static void *alloc_zeroed(size_t n, size_t size) __attribute_malloc__
	__attribute_alloc_size__ ((1, 2)) __wur __attr_dealloc_free;
static void *alloc_zeroed(size_t n, size_t size)
{
	return calloc(n, size);
}

static const char *self(const char *fmt) __attribute_format_arg__ (1)
	__returns_nonnull __nonnull ((1));
static const char *self(const char *fmt)
{
	return fmt;
}

static size_t count(size_t n, const int a[__restrict_arr])
	__attr_access ((__read_only__, 2, 1));
static size_t count(size_t n, const int a[__restrict_arr])
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		c += a[i] != 0;
	return c;
}

struct packet {
	int len;
	char data __flexarr;
};

START_TEST(macros_in_declarations)
{
	int xs[] = {1, 0, 3};
	int *p;

	ck_assert_int_eq(add(2, 3), 5);
	ck_assert_int_eq(lwbt_twice(21), 42);
	ck_assert_int_eq(thrice(4), 12);
	ck_assert_int_eq(kept(1), 2);
	ck_assert_int_eq(lwbt_abs(-7), 7);
	ck_assert_uint_eq(lwbt_strlen("four"), 4);
	p = alloc_zeroed(4, sizeof *p);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p[3], 0);
	free(p);
	ck_assert_str_eq(self("%d"), "%d");
	ck_assert_uint_eq(count(3, xs), 2);
	ck_assert_uint_eq(sizeof(struct packet), sizeof(int));
	ck_assert_uint_eq(offsetof(struct packet, data), sizeof(int));
}
END_TEST

START_TEST(token_macros)
{
	ck_assert_int_eq(__CONCAT(12, 34), 1234);
	ck_assert_str_eq(__STRING(a  +   b), "a + b");
	ck_assert_str_eq(__STRING(__CONCAT(x, y)), "__CONCAT(x, y)");
	ck_assert_uint_eq(sizeof(__ptr_t), sizeof(void *));
	/* __builtin_expect keeps the value: likely(5) is 5, not 1. */
	ck_assert_int_eq(__glibc_likely(5), 5);
	ck_assert_int_eq(__glibc_unlikely(0), 0);
	ck_assert_int_eq(__glibc_unlikely(-3), -3);
	ck_assert_int_eq(__WORDSIZE, (int)sizeof(long) * 8);
}
END_TEST

START_TEST(version_tests)
{
	/* gcc and clang both claim a gcc version: clang says 4.2. */
	ck_assert(__GNUC_PREREQ(4, 2));
	ck_assert(!__GNUC_PREREQ(999, 0));
#ifdef __clang__
	ck_assert(__glibc_clang_prereq(3, 0));
	ck_assert(!__glibc_clang_prereq(999, 0));
#else
	ck_assert(!__glibc_clang_prereq(0, 0));
#endif
	ck_assert(__glibc_has_attribute(__nonnull__));
	ck_assert(!__glibc_has_attribute(__lwb_no_such_attribute__));
	ck_assert(__glibc_has_builtin(__builtin_expect));
	/* "Is this glibc 2.0 or later?" is answered yes exactly on glibc. */
	ck_assert_int_eq(!!__GLIBC_PREREQ(2, 0), LWBT_GLIBC);
	ck_assert_int_eq(__GLIBC_PREREQ(999, 0), 0);
#if defined __GLIBC__ && __GLIBC_PREREQ(2, 10)
	ck_assert(LWBT_GLIBC);
#else
	ck_assert(!LWBT_GLIBC);
#endif
}
END_TEST

int main(void)
{
	Suite *s = suite_create("cdefs_use");
	TCase *tc = tcase_create("cdefs");

	tcase_add_test(tc, macros_in_declarations);
	tcase_add_test(tc, token_macros);
	tcase_add_test(tc, version_tests);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
