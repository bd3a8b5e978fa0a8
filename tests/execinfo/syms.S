/*
 * Hand-made dynamic symbols for the backtrace_symbols tests: aliases,
 * nested and zero-size symbols, gaps no symbol covers, a symbol without a
 * type, data, an indirect function, an absolute and a thread-local symbol.
 * No libc and no relocations, so the glibc and the musl build of a test can
 * both dlopen the one library.
 */
	.text
	.p2align 6

	/* two names for one function; glibc picks the first in .dynsym */
	.globl lwbt_alias_a, lwbt_alias_b
	.type lwbt_alias_a, @function
	.type lwbt_alias_b, @function
lwbt_alias_a:
lwbt_alias_b:
	.fill 16, 1, 0xc3
	.size lwbt_alias_a, 16
	.size lwbt_alias_b, 16

	/* 16 bytes no symbol covers */
	.fill 16, 1, 0xcc

	/* a symbol of size 0 holds its own address only */
	.globl lwbt_zero
	.type lwbt_zero, @function
lwbt_zero:
	.fill 16, 1, 0xc3

	/* lwbt_inner lies inside lwbt_outer */
	.globl lwbt_outer, lwbt_inner
	.type lwbt_outer, @function
	.type lwbt_inner, @function
lwbt_outer:
	.fill 8, 1, 0xc3
lwbt_inner:
	.fill 8, 1, 0xc3
	.size lwbt_inner, 8
	.fill 32, 1, 0xc3
	.size lwbt_outer, 48

	/* no .type: STT_NOTYPE */
	.globl lwbt_notype
lwbt_notype:
	.fill 16, 1, 0xc3
	.size lwbt_notype, 16

	/* an indirect function: its symbol is its resolver's address */
	.globl lwbt_ifunc
	.type lwbt_ifunc, @gnu_indirect_function
	.set lwbt_ifunc, lwbt_resolver
lwbt_resolver:
	.fill 16, 1, 0xc3
	.size lwbt_ifunc, 16

	/* the end of the code: nothing after it */
	.globl lwbt_last
	.type lwbt_last, @function
lwbt_last:
	.fill 16, 1, 0xc3
	.size lwbt_last, 16

	.data
	.p2align 4
	.globl lwbt_data
	.type lwbt_data, @object
lwbt_data:
	.fill 32, 1, 0
	.size lwbt_data, 32

	/* value 64: the offset of an address inside the ELF header */
	.globl lwbt_abs
	.type lwbt_abs, @object
	.set lwbt_abs, 64
	.size lwbt_abs, 16

	/* value 0 in the TLS block: the object's first byte */
	.section .tbss, "awT", @nobits
	.globl lwbt_tls
	.type lwbt_tls, @object
lwbt_tls:
	.zero 16
	.size lwbt_tls, 16

	.section .note.GNU-stack, "", @progbits
