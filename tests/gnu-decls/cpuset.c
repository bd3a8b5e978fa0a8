/*
 * glibc's CPU set macros: each argument evaluated once (systemd 252's
 * cpu-set-util.c writes CPU_ISSET_S(--i, ...)), glibc's result types and
 * values, the sizes in bytes they take, and agreement with the kernel
 * through sched_getaffinity/sched_setaffinity.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"

#define IS(type, x) _Generic((x), type: 1, default: 0)

START_TEST(each_argument_once)
{
	cpu_set_t set, other, dest;
	cpu_set_t *sets[2] = {&set, &other};
	size_t size = sizeof set;
	int i, k;

	CPU_ZERO(&set);
	CPU_ZERO(&other);
	i = 64;
	CPU_SET(--i, &set);
	ck_assert_int_eq(i, 63);
	ck_assert(CPU_ISSET(63, &set));
	i = 64;
	ck_assert_int_eq(CPU_ISSET(--i, &set), 1);
	ck_assert_int_eq(i, 63);
	i = 64;
	ck_assert_int_eq(CPU_ISSET_S(--i, size, &set), 1);
	ck_assert_int_eq(i, 63);
	/* The set and size arguments too. */
	k = 0;
	CPU_SET_S(5, size, sets[k++]);
	ck_assert_int_eq(k, 1);
	ck_assert(CPU_ISSET(5, &set));
	k = 0;
	ck_assert_int_eq(CPU_COUNT_S(size + k++ * 0, sets[0]), 2);
	ck_assert_int_eq(k, 1);
	k = 1;
	CPU_CLR(63, sets[--k]);
	ck_assert_int_eq(k, 0);
	ck_assert(!CPU_ISSET(63, &set));
	k = 0;
	CPU_OR(&dest, sets[k++], &other);
	ck_assert_int_eq(k, 1);
	k = 0;
	ck_assert(CPU_EQUAL(sets[k++], &dest));
	ck_assert_int_eq(k, 1);
	k = 0;
	CPU_ZERO_S(size, sets[k++]);
	ck_assert_int_eq(k, 1);
	ck_assert_int_eq(CPU_COUNT(&set), 0);
	/* A countdown over the set, as cpu-set-util.c walks it. */
	CPU_ZERO(&set);
	CPU_SET(0, &set);
	CPU_SET(40, &set);
	CPU_SET(1023, &set);
	k = 0;
	for (i = CPU_SETSIZE; i > 0;)
		if (CPU_ISSET_S(--i, size, &set))
			k++;
	ck_assert_int_eq(k, 3);
}
END_TEST

START_TEST(results)
{
	cpu_set_t a, b, d;
	size_t size = sizeof a;
	int stored;

	CPU_ZERO(&a);
	/* CPU_SET and CPU_CLR give the updated word. */
	ck_assert_uint_eq(CPU_SET(3, &a), 8);
	ck_assert_uint_eq(CPU_SET(63, &a), 8 | 1UL << 63);
	ck_assert_uint_eq(CPU_CLR(3, &a), 1UL << 63);
	ck_assert(IS(__cpu_mask, CPU_SET(1, &a)));
	ck_assert(IS(__cpu_mask, CPU_CLR(1, &a)));
	/* CPU_ISSET gives an int 1, kept when stored (musl's gives the bit,
	 * which an int loses for CPUs 32 to 63 of a word). */
	CPU_SET(40, &a);
	stored = CPU_ISSET(40, &a);
	ck_assert_int_eq(stored, 1);
	ck_assert_int_eq(CPU_ISSET(41, &a), 0);
	ck_assert(IS(int, CPU_ISSET(40, &a)));
	ck_assert(IS(int, CPU_COUNT(&a)));
	ck_assert(IS(int, CPU_EQUAL(&a, &a)));
	ck_assert(IS(cpu_set_t *, CPU_AND(&d, &a, &a)));
	ck_assert_ptr_eq(CPU_AND(&d, &a, &a), &d);
	ck_assert_ptr_eq(CPU_OR_S(size, &d, &a, &a), &d);
	ck_assert_ptr_eq(CPU_XOR_S(size, &d, &a, &a), &d);
	/* Beyond the set: no effect, 0. */
	ck_assert_uint_eq(CPU_SET_S(5000, size, &a), 0);
	ck_assert_uint_eq(CPU_SET_S((size_t)-1, size, &a), 0);
	ck_assert_uint_eq(CPU_CLR_S(5000, size, &a), 0);
	ck_assert_int_eq(CPU_ISSET_S(5000, size, &a), 0);
	ck_assert_int_eq(CPU_ISSET(CPU_SETSIZE, &a), 0);
	ck_assert_int_eq(CPU_COUNT(&a), 2);
	ck_assert_uint_eq(CPU_SETSIZE, 1024);
	ck_assert_uint_eq(sizeof(cpu_set_t), 128);
	ck_assert_uint_eq(sizeof(__cpu_mask), sizeof(long));
	/* The combinations. */
	CPU_ZERO(&a);
	CPU_ZERO(&b);
	CPU_SET(1, &a);
	CPU_SET(2, &a);
	CPU_SET(2, &b);
	CPU_SET(700, &b);
	CPU_AND(&d, &a, &b);
	ck_assert_int_eq(CPU_COUNT(&d), 1);
	ck_assert(CPU_ISSET(2, &d));
	CPU_OR(&d, &a, &b);
	ck_assert_int_eq(CPU_COUNT(&d), 3);
	CPU_XOR(&d, &a, &b);
	ck_assert_int_eq(CPU_COUNT(&d), 2);
	ck_assert(CPU_ISSET(1, &d) && CPU_ISSET(700, &d) && !CPU_ISSET(2, &d));
	ck_assert(!CPU_EQUAL(&a, &b));
	CPU_CLR(1, &a);
	CPU_SET(700, &a);
	ck_assert(CPU_EQUAL(&a, &b));
}
END_TEST

/* The _S forms take sizes in bytes: CPU_SET_S/ISSET_S/CLR_S act on any bit
 * of a byte below setsize; CPU_COUNT_S and CPU_AND_S/OR_S/XOR_S on the
 * whole words below it; CPU_EQUAL_S and CPU_ZERO_S on its bytes. */
START_TEST(partial_sizes)
{
	cpu_set_t a, b, d;

	memset(&a, 0xff, sizeof a);
	ck_assert_int_eq(CPU_COUNT_S(12, &a), 64);
	ck_assert_int_eq(CPU_COUNT_S(8, &a), 64);
	ck_assert_int_eq(CPU_COUNT_S(4, &a), 0);
	ck_assert_int_eq(CPU_COUNT_S(0, &a), 0);
	ck_assert_int_eq(CPU_ISSET_S(31, 4, &a), 1);
	ck_assert_int_eq(CPU_ISSET_S(32, 4, &a), 0);
	ck_assert_int_eq(CPU_ISSET_S(95, 12, &a), 1);
	ck_assert_int_eq(CPU_ISSET_S(96, 12, &a), 0);
	memset(&b, 0x0f, sizeof b);
	memset(&d, 0, sizeof d);
	CPU_AND_S(12, &d, &a, &b);
	ck_assert_uint_eq(d.__bits[0], (__cpu_mask)0x0f0f0f0f0f0f0f0fULL);
	ck_assert_uint_eq(d.__bits[1], 0);
	memset(&d, 0xff, sizeof d);
	CPU_ZERO_S(12, &d);
	ck_assert_uint_eq(d.__bits[0], 0);
	ck_assert_uint_eq(d.__bits[1], (__cpu_mask)0xffffffff00000000ULL);
	memset(&d, 0, sizeof d);
	memset(&b, 0, sizeof b);
	b.__bits[1] = 1;
	ck_assert_int_eq(CPU_EQUAL_S(8, &d, &b), 1);
	ck_assert_int_eq(CPU_EQUAL_S(9, &d, &b), 0);
	ck_assert_int_eq(CPU_EQUAL_S(0, &d, &a), 1);
}
END_TEST

START_TEST(dynamic_sets)
{
	size_t size = CPU_ALLOC_SIZE(2000);
	cpu_set_t *set = CPU_ALLOC(2000);
	int k = 2000;

	ck_assert_ptr_nonnull(set);
	ck_assert_uint_eq(size, 2000 / 64 * 8 + 8);
	ck_assert_uint_eq(CPU_ALLOC_SIZE(1), sizeof(__cpu_mask));
	ck_assert_uint_eq(CPU_ALLOC_SIZE(64), sizeof(__cpu_mask));
	ck_assert_uint_eq(CPU_ALLOC_SIZE(65), 2 * sizeof(__cpu_mask));
	ck_assert_uint_eq(CPU_ALLOC_SIZE(0), 0);
	CPU_ZERO_S(size, set);
	CPU_SET_S(1999, size, set);
	CPU_SET_S(--k, size, set);
	ck_assert_int_eq(k, 1999);
	ck_assert_int_eq(CPU_COUNT_S(size, set), 1);
	ck_assert_int_eq(CPU_ISSET_S(1999, size, set), 1);
	ck_assert_uint_eq(CPU_SET_S(size * 8, size, set), 0);
	CPU_FREE(set);
}
END_TEST

/* What the kernel reports round-trips through the macros. */
START_TEST(affinity)
{
	cpu_set_t set, again;
	int first = -1;

	ck_assert_int_eq(sched_getaffinity(0, sizeof set, &set), 0);
	ck_assert_int_gt(CPU_COUNT(&set), 0);
	for (int i = 0; i < CPU_SETSIZE; i++)
		if (CPU_ISSET(i, &set)) {
			first = i;
			break;
		}
	ck_assert_int_ge(first, 0);
	CPU_ZERO(&again);
	CPU_SET(first, &again);
	ck_assert_int_eq(sched_setaffinity(0, sizeof again, &again), 0);
	CPU_ZERO(&again);
	ck_assert_int_eq(sched_getaffinity(0, sizeof again, &again), 0);
	ck_assert_int_eq(CPU_COUNT(&again), 1);
	ck_assert(CPU_ISSET(first, &again));
	ck_assert_int_eq(sched_setaffinity(0, sizeof set, &set), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("gnu_decls_cpuset");
	TCase *tc = tcase_create("cpuset");

	tcase_add_test(tc, each_argument_once);
	tcase_add_test(tc, results);
	tcase_add_test(tc, partial_sizes);
	tcase_add_test(tc, dynamic_sets);
	tcase_add_test(tc, affinity);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
