/*
 * int lwbt_getcontext_with(ucontext_t *uc, const long values[6],
 *                          void **resume, void **sp)
 *
 * Calls getcontext with %rbx, %rbp, %r12, %r13, %r14 and %r15 holding
 * values[0..5], and reports the address getcontext returns to and the
 * stack pointer there, which it must save as the context's %rip and %rsp.
 */
	.text
	.globl lwbt_getcontext_with
	.type lwbt_getcontext_with, @function
	.p2align 4
lwbt_getcontext_with:
	.cfi_startproc
	push %rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbx, 0
	push %rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	push %r12
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r12, 0
	push %r13
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r13, 0
	push %r14
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r14, 0
	push %r15
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r15, 0
	sub $8, %rsp
	.cfi_adjust_cfa_offset 8
	lea 1f(%rip), %rax
	mov %rax, (%rdx)
	mov %rsp, (%rcx)
	mov 0(%rsi), %rbx
	mov 8(%rsi), %rbp
	mov 16(%rsi), %r12
	mov 24(%rsi), %r13
	mov 32(%rsi), %r14
	mov 40(%rsi), %r15
	call getcontext@PLT
1:	add $8, %rsp
	.cfi_adjust_cfa_offset -8
	pop %r15
	.cfi_adjust_cfa_offset -8
	pop %r14
	.cfi_adjust_cfa_offset -8
	pop %r13
	.cfi_adjust_cfa_offset -8
	pop %r12
	.cfi_adjust_cfa_offset -8
	pop %rbp
	.cfi_adjust_cfa_offset -8
	pop %rbx
	.cfi_adjust_cfa_offset -8
	ret
	.cfi_endproc
	.size lwbt_getcontext_with, .-lwbt_getcontext_with


/*
 * int lwbt_swapcontext_saving(ucontext_t *old, const ucontext_t *uc)
 *	swapcontext, keeping every callee-saved register across it itself:
 *	glibc 2.36's swapcontext returns from a failure with %r12 changed.
 * int lwbt_swapcontext_regs(ucontext_t *old, const ucontext_t *uc,
 *                           long out[6])
 *	swapcontext with %rbx, %rbp, %r12 ... %r15 holding 0x1111 ... 0x6666,
 *	and what they hold after it returns in out.
 */
	.globl lwbt_swapcontext_saving, lwbt_swapcontext_regs
	.type lwbt_swapcontext_saving, @function
	.type lwbt_swapcontext_regs, @function
	.p2align 4
lwbt_swapcontext_saving:
	.cfi_startproc
	xor %edx, %edx
lwbt_swapcontext_regs:
	push %rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbx, 0
	push %rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbp, 0
	push %r12
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r12, 0
	push %r13
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r13, 0
	push %r14
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r14, 0
	push %r15
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %r15, 0
	push %rdx
	.cfi_adjust_cfa_offset 8
	mov $0x1111, %rbx
	mov $0x2222, %rbp
	mov $0x3333, %r12
	mov $0x4444, %r13
	mov $0x5555, %r14
	mov $0x6666, %r15
	call swapcontext@PLT
	pop %rdx
	.cfi_adjust_cfa_offset -8
	test %rdx, %rdx
	jz 1f
	mov %rbx, 0(%rdx)
	mov %rbp, 8(%rdx)
	mov %r12, 16(%rdx)
	mov %r13, 24(%rdx)
	mov %r14, 32(%rdx)
	mov %r15, 40(%rdx)
1:	pop %r15
	.cfi_adjust_cfa_offset -8
	pop %r14
	.cfi_adjust_cfa_offset -8
	pop %r13
	.cfi_adjust_cfa_offset -8
	pop %r12
	.cfi_adjust_cfa_offset -8
	pop %rbp
	.cfi_adjust_cfa_offset -8
	pop %rbx
	.cfi_adjust_cfa_offset -8
	ret
	.cfi_endproc
	.size lwbt_swapcontext_regs, .-lwbt_swapcontext_regs
	.size lwbt_swapcontext_saving, .-lwbt_swapcontext_saving

	.section .note.GNU-stack, "", @progbits
