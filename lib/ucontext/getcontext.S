#include "layout.h"

/* int getcontext(ucontext_t *uc)
 *
 * Saves what glibc saves: the registers a function must preserve, the
 * argument registers (so that setcontext can start a makecontext function),
 * the stack pointer and return address as the caller will see them when
 * this returns, the x87 environment and MXCSR, and the signal mask. */
	.text
	.globl getcontext
	.type getcontext, @function
	.p2align 4
getcontext:
	.cfi_startproc
	mov %rbx, UC_RBX(%rdi)
	mov %rbp, UC_RBP(%rdi)
	mov %r12, UC_R12(%rdi)
	mov %r13, UC_R13(%rdi)
	mov %r14, UC_R14(%rdi)
	mov %r15, UC_R15(%rdi)
	mov %rdi, UC_RDI(%rdi)
	mov %rsi, UC_RSI(%rdi)
	mov %rdx, UC_RDX(%rdi)
	mov %rcx, UC_RCX(%rdi)
	mov %r8, UC_R8(%rdi)
	mov %r9, UC_R9(%rdi)
	mov (%rsp), %rax
	mov %rax, UC_RIP(%rdi)
	lea 8(%rsp), %rax
	mov %rax, UC_RSP(%rdi)

	/* fnstenv masks every x87 exception as it stores: fldenv puts the
	 * environment back as it was. */
	lea UC_FPREGS_MEM(%rdi), %rcx
	mov %rcx, UC_FPREGS(%rdi)
	fnstenv (%rcx)
	fldenv (%rcx)
	stmxcsr FP_MXCSR(%rcx)

	/* rt_sigprocmask(SIG_BLOCK, NULL, &uc->uc_sigmask, 8) */
	lea UC_SIGMASK(%rdi), %rdx
	xor %esi, %esi
	mov $HOW_BLOCK, %edi
	mov $SIGSET_BYTES, %r10d
	mov $SYS_RT_SIGPROCMASK, %eax
	syscall
	cmp $-4095, %rax
	jae 1f
	xor %eax, %eax
	ret
1:	mov %rax, %rdi
	jmp __lwb_context_error
	.cfi_endproc
	.size getcontext, .-getcontext

	.section .note.GNU-stack, "", @progbits
