/*
 * Where things are in ucontext_t on x86_64, for the assembly. musl's
 * layout is glibc's (glibc's ucontext_t only adds a shadow-stack area at
 * the end); makecontext.c checks every offset against the C library's
 * header at build time.
 */
#ifndef LWB_UCONTEXT_LAYOUT_H
#define LWB_UCONTEXT_LAYOUT_H

#define UC_LINK		8
#define UC_R8		40	/* uc_mcontext.gregs[REG_R8] */
#define UC_R9		48
#define UC_R12		72
#define UC_R13		80
#define UC_R14		88
#define UC_R15		96
#define UC_RDI		104
#define UC_RSI		112
#define UC_RBP		120
#define UC_RBX		128
#define UC_RDX		136
#define UC_RCX		152
#define UC_RSP		160
#define UC_RIP		168
#define UC_FPREGS	224	/* uc_mcontext.fpregs */
#define UC_SIGMASK	296
#define UC_FPREGS_MEM	424	/* __fpregs_mem */

/* In the floating-point area: the 28-byte x87 environment (fnstenv) from
 * its start, and MXCSR where the fxsave layout keeps it, over the
 * environment's last word (an operand selector, unused in 64-bit mode). */
#define FP_MXCSR	24

#define SYS_RT_SIGPROCMASK	14
#define SIGSET_BYTES		8	/* the kernel's sigset_t: 64 signals */
#define HOW_BLOCK		0
#define HOW_SETMASK		2

#endif
