#include "layout.h"

/* int setcontext(const ucontext_t *uc)
 *
 * Sets the signal mask first: if that fails (uc_sigmask unreadable), the
 * call returns -1 with errno and nothing else has changed. Otherwise it
 * does not return. */
	.text
	.globl setcontext
	.type setcontext, @function
	.p2align 4
setcontext:
	.cfi_startproc
	/* rt_sigprocmask(SIG_SETMASK, &uc->uc_sigmask, NULL, 8) */
	mov %rdi, %r9
	lea UC_SIGMASK(%rdi), %rsi
	xor %edx, %edx
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
	.size setcontext, .-setcontext

	.section .note.GNU-stack, "", @progbits
