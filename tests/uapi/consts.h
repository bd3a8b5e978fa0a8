/*
 * Integer constants gathered by name from one translation unit, to compare
 * with the same names seen by another (tests/uapi/macros.h lists them).
 */
#ifndef LWBT_CONSTS_H
#define LWBT_CONSTS_H

struct lwbt_const {
	const char *name;
	unsigned long long value;
};

/* One entry per constant the including unit defines; end with LWBT_END. */
#define LWBT_MACRO(name, value) { #name, (unsigned long long)(value) },
#define LWBT_END { 0, 0 }

/* What the kernel's headers say, included alone: each test program that
 * compares defines it in a unit of its own (kernel_values.c). */
extern const struct lwbt_const lwbt_kernel_consts[];

/* Fail the test for every name in table whose value differs from the
 * kernel's; returns how many names were compared. */
int lwbt_compare_with_kernel(const char *order, const struct lwbt_const *table);

#endif
