/* __lwb_start_context: where a makecontext function returns to.
 *
 * makecontext leaves the function's uc_link in %rbx, which the function
 * preserves. With a link, it is entered; if that fails, or without one,
 * the process exits, with status 255 or 0, as with glibc. The stack
 * pointer is 16-byte aligned here, as calls need. */
	.text
	.globl __lwb_start_context
	.hidden __lwb_start_context
	.type __lwb_start_context, @function
	.p2align 4
	/* Unwinders look a return address up less one: the nop puts that
	 * byte inside this function, whose frame is the outermost. */
	.cfi_startproc
	.cfi_undefined rip
	nop
__lwb_start_context:
	test %rbx, %rbx
	jz 1f
	mov %rbx, %rdi
	call setcontext@PLT
	mov $-1, %edi
	call exit@PLT
1:	xor %edi, %edi
	call exit@PLT
	hlt
	.cfi_endproc
	.size __lwb_start_context, .-__lwb_start_context

	.section .note.GNU-stack, "", @progbits
