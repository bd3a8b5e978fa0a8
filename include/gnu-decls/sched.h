/*
 * libwildebeest: <sched.h> with glibc's CPU set macros, on top of musl's.
 *
 * __cpu_mask is the type of a cpu_set_t word, in every mode as on glibc.
 * Under _GNU_SOURCE the CPU_* macros are replaced by ones that evaluate
 * each argument once and give glibc's results: musl's evaluate the CPU
 * number several times (CPU_ISSET_S(--i, ...) steps i three times), their
 * CPU_ISSET gives the bit itself (lost when stored in an int for CPUs 32
 * to 63 of a word), their CPU_COUNT_S counts partial words, and their
 * CPU_AND_S and friends return nothing. As on glibc:
 *   CPU_SET_S, CPU_CLR_S  give the updated word, or 0 beyond setsize;
 *   CPU_ISSET_S           gives 1 or 0 (0 beyond setsize);
 *   CPU_COUNT_S           counts the bits of the whole words in setsize;
 *   CPU_EQUAL_S           compares setsize bytes;
 *   CPU_ZERO_S            clears setsize bytes;
 *   CPU_AND_S, CPU_OR_S, CPU_XOR_S  combine the whole words in setsize
 *                         and give the destination.
 * CPU_SETSIZE is glibc's 1024, the number of CPUs a cpu_set_t holds (musl
 * defines it as 128, the size in bytes, so loops up to it miss CPUs 128 to
 * 1023). CPU_ALLOC, CPU_ALLOC_SIZE and CPU_FREE are musl's (they already
 * evaluate their argument once).
 */
#ifndef __LWB_GNU_DECLS_SCHED_H
#define __LWB_GNU_DECLS_SCHED_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sched.h>

#ifndef __GLIBC__
typedef unsigned long int __cpu_mask;

#if defined(_GNU_SOURCE) && defined(CPU_SETSIZE)
#ifdef __cplusplus
extern "C" {
#endif

#define __LWB_NCPUBITS (8 * sizeof(__cpu_mask))

static __inline __cpu_mask __lwb_cpu_set_s(size_t __cpu, size_t __size,
	cpu_set_t *__set)
{
	if (__cpu / 8 >= __size)
		return 0;
	return ((__cpu_mask *)(void *)__set)[__cpu / __LWB_NCPUBITS]
		|= (__cpu_mask)1 << (__cpu % __LWB_NCPUBITS);
}

static __inline __cpu_mask __lwb_cpu_clr_s(size_t __cpu, size_t __size,
	cpu_set_t *__set)
{
	if (__cpu / 8 >= __size)
		return 0;
	return ((__cpu_mask *)(void *)__set)[__cpu / __LWB_NCPUBITS]
		&= ~((__cpu_mask)1 << (__cpu % __LWB_NCPUBITS));
}

static __inline int __lwb_cpu_isset_s(size_t __cpu, size_t __size,
	const cpu_set_t *__set)
{
	if (__cpu / 8 >= __size)
		return 0;
	return (int)((((const __cpu_mask *)(const void *)__set)[__cpu / __LWB_NCPUBITS]
		>> (__cpu % __LWB_NCPUBITS)) & 1);
}

static __inline int __lwb_cpu_count_s(size_t __size, const cpu_set_t *__set)
{
	const __cpu_mask *__w = (const __cpu_mask *)(const void *)__set;
	size_t __i;
	int __n = 0;

	for (__i = 0; __i < __size / sizeof(__cpu_mask); __i++) {
		__cpu_mask __x = __w[__i];
		for (; __x; __x &= __x - 1)
			__n++;
	}
	return __n;
}

static __inline int __lwb_cpu_equal_s(size_t __size, const cpu_set_t *__a,
	const cpu_set_t *__b)
{
	const unsigned char *__p = (const unsigned char *)(const void *)__a;
	const unsigned char *__q = (const unsigned char *)(const void *)__b;
	size_t __i;

	for (__i = 0; __i < __size; __i++)
		if (__p[__i] != __q[__i])
			return 0;
	return 1;
}

static __inline void __lwb_cpu_zero_s(size_t __size, cpu_set_t *__set)
{
	unsigned char *__p = (unsigned char *)(void *)__set;
	size_t __i;

	for (__i = 0; __i < __size; __i++)
		__p[__i] = 0;
}

/* op: 0 and, 1 or, 2 xor. */
static __inline cpu_set_t *__lwb_cpu_op_s(int __op, size_t __size,
	cpu_set_t *__dest, const cpu_set_t *__a, const cpu_set_t *__b)
{
	__cpu_mask *__d = (__cpu_mask *)(void *)__dest;
	const __cpu_mask *__x = (const __cpu_mask *)(const void *)__a;
	const __cpu_mask *__y = (const __cpu_mask *)(const void *)__b;
	size_t __i;

	for (__i = 0; __i < __size / sizeof(__cpu_mask); __i++)
		__d[__i] = __op == 0 ? __x[__i] & __y[__i]
			: __op == 1 ? __x[__i] | __y[__i] : __x[__i] ^ __y[__i];
	return __dest;
}

#ifdef __cplusplus
}
#endif

/* musl's cpu_set_t is 128 bytes on every architecture. */
#undef CPU_SETSIZE
#define CPU_SETSIZE 1024

#undef CPU_SET_S
#undef CPU_CLR_S
#undef CPU_ISSET_S
#undef CPU_COUNT_S
#undef CPU_EQUAL_S
#undef CPU_ZERO_S
#undef CPU_AND_S
#undef CPU_OR_S
#undef CPU_XOR_S
#define CPU_SET_S(cpu, setsize, set) __lwb_cpu_set_s(cpu, setsize, set)
#define CPU_CLR_S(cpu, setsize, set) __lwb_cpu_clr_s(cpu, setsize, set)
#define CPU_ISSET_S(cpu, setsize, set) __lwb_cpu_isset_s(cpu, setsize, set)
#define CPU_COUNT_S(setsize, set) __lwb_cpu_count_s(setsize, set)
#define CPU_EQUAL_S(setsize, a, b) __lwb_cpu_equal_s(setsize, a, b)
#define CPU_ZERO_S(setsize, set) __lwb_cpu_zero_s(setsize, set)
#define CPU_AND_S(setsize, dest, a, b) __lwb_cpu_op_s(0, setsize, dest, a, b)
#define CPU_OR_S(setsize, dest, a, b) __lwb_cpu_op_s(1, setsize, dest, a, b)
#define CPU_XOR_S(setsize, dest, a, b) __lwb_cpu_op_s(2, setsize, dest, a, b)

#undef CPU_SET
#undef CPU_CLR
#undef CPU_ISSET
#undef CPU_COUNT
#undef CPU_EQUAL
#undef CPU_ZERO
#undef CPU_AND
#undef CPU_OR
#undef CPU_XOR
#define CPU_SET(cpu, set) CPU_SET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_CLR(cpu, set) CPU_CLR_S(cpu, sizeof(cpu_set_t), set)
#define CPU_ISSET(cpu, set) CPU_ISSET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_COUNT(set) CPU_COUNT_S(sizeof(cpu_set_t), set)
#define CPU_EQUAL(a, b) CPU_EQUAL_S(sizeof(cpu_set_t), a, b)
#define CPU_ZERO(set) CPU_ZERO_S(sizeof(cpu_set_t), set)
#define CPU_AND(dest, a, b) CPU_AND_S(sizeof(cpu_set_t), dest, a, b)
#define CPU_OR(dest, a, b) CPU_OR_S(sizeof(cpu_set_t), dest, a, b)
#define CPU_XOR(dest, a, b) CPU_XOR_S(sizeof(cpu_set_t), dest, a, b)
#endif
#endif

#endif
