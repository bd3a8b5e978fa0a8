#include "layout.h"

/* int swapcontext(ucontext_t *old, const ucontext_t *uc)
 *
 * Saves into old what getcontext saves, with the resume point after this
 * call, then enters uc. The signal masks are swapped in one system call;
 * if that fails (a mask unreadable or unwritable) the call returns -1 with
 * errno and stays in the calling context. */
	.text
	.globl swapcontext
	.type swapcontext, @function
	.p2align 4
swapcontext:
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

	lea UC_FPREGS_MEM(%rdi), %rcx
	mov %rcx, UC_FPREGS(%rdi)
	fnstenv (%rcx)
	fldenv (%rcx)
	stmxcsr FP_MXCSR(%rcx)

	/* rt_sigprocmask(SIG_SETMASK, &uc->uc_sigmask, &old->uc_sigmask, 8) */
	mov %rsi, %r9
	lea UC_SIGMASK(%rdi), %rdx
	lea UC_SIGMASK(%rsi), %rsi
	mov $HOW_SETMASK, %edi
	mov $SIGSET_BYTES, %r10d
	mov $SYS_RT_SIGPROCMASK, %eax
	syscall
	cmp $-4095, %rax
	jae 1f
	mov %r9, %rdi
	jmp __lwb_context_resume
1:	mov %rax, %rdi
	jmp __lwb_context_error
	.cfi_endproc
	.size swapcontext, .-swapcontext

	.section .note.GNU-stack, "", @progbits
