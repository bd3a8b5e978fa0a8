#include "layout.h"

/* __lwb_context_resume: enter the context at %rdi; never returns.
 * setcontext and swapcontext jump here once the signal mask is set.
 *
 * The floating-point environment, then every register saved, the stack
 * pointer first. The resume address goes through %r10, which no context
 * keeps, so nothing is written below the new stack pointer (where the
 * resumed code may keep data). %rax is 0: getcontext and swapcontext
 * "return" 0 again. */
	.text
	.globl __lwb_context_resume
	.hidden __lwb_context_resume
	.type __lwb_context_resume, @function
	.p2align 4
__lwb_context_resume:
	.cfi_startproc
	/* between two stacks: nothing above this to unwind to */
	.cfi_undefined rip
	mov UC_FPREGS(%rdi), %rcx
	fldenv (%rcx)
	ldmxcsr FP_MXCSR(%rcx)
	mov UC_RSP(%rdi), %rsp
	mov UC_RBX(%rdi), %rbx
	mov UC_RBP(%rdi), %rbp
	mov UC_R12(%rdi), %r12
	mov UC_R13(%rdi), %r13
	mov UC_R14(%rdi), %r14
	mov UC_R15(%rdi), %r15
	mov UC_RIP(%rdi), %r10
	mov UC_RSI(%rdi), %rsi
	mov UC_RDX(%rdi), %rdx
	mov UC_RCX(%rdi), %rcx
	mov UC_R8(%rdi), %r8
	mov UC_R9(%rdi), %r9
	mov UC_RDI(%rdi), %rdi
	xor %eax, %eax
	jmp *%r10
	.cfi_endproc
	.size __lwb_context_resume, .-__lwb_context_resume

	.section .note.GNU-stack, "", @progbits
