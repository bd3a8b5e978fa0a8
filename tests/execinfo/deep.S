/*
 * Stacks only the unwind tables can describe: every frame here fills %rbp
 * with garbage, so a walk along frame pointers fails where a DWARF unwinder
 * (.eh_frame, as glibc's backtrace uses) succeeds.
 *
 * void lwbt_deep(long n, void (*fn)(void *), void *arg)
 *	calls itself n times, then fn(arg) from the innermost frame.
 *	Return addresses: lwbt_deep_return in each of the n inner frames,
 *	lwbt_deep_leaf_return in the frame that calls fn.
 * void lwbt_fault(void)
 *	stores to address 0 at lwbt_fault_insn (SIGSEGV).
 * void lwbt_spin(volatile int *flag)
 *	loops until *flag is non-zero, between lwbt_spin and lwbt_spin_end.
 */
	.text

	.globl lwbt_deep, lwbt_deep_return, lwbt_deep_leaf_return
	.type lwbt_deep, @function
	.p2align 4
lwbt_deep:
	.cfi_startproc
	push %rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	push %rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbx, 0
	sub $8, %rsp
	.cfi_adjust_cfa_offset 8
	movabs $0x5a5a5a5a5a5a5a5a, %rbp
	mov %rbp, %rbx
	test %rdi, %rdi
	jz 1f
	dec %rdi
	call lwbt_deep
lwbt_deep_return:
	jmp 2f
1:	mov %rdx, %rdi
	call *%rsi
lwbt_deep_leaf_return:
2:	add $8, %rsp
	.cfi_adjust_cfa_offset -8
	pop %rbx
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbx
	pop %rbp
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbp
	ret
	.cfi_endproc
	.size lwbt_deep, .-lwbt_deep

	.globl lwbt_fault, lwbt_fault_insn
	.type lwbt_fault, @function
	.p2align 4
lwbt_fault:
	.cfi_startproc
	push %rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	movabs $0x5a5a5a5a5a5a5a5a, %rbp
	xor %eax, %eax
lwbt_fault_insn:
	movl $1, (%rax)
	pop %rbp
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbp
	ret
	.cfi_endproc
	.size lwbt_fault, .-lwbt_fault

	.globl lwbt_spin, lwbt_spin_end
	.type lwbt_spin, @function
	.p2align 4
lwbt_spin:
	.cfi_startproc
	push %rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	movabs $0x5a5a5a5a5a5a5a5a, %rbp
1:	pause
	movl (%rdi), %eax
	test %eax, %eax
	jz 1b
	pop %rbp
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbp
	ret
	.cfi_endproc
lwbt_spin_end:
	.size lwbt_spin, .-lwbt_spin

	.section .note.GNU-stack, "", @progbits
