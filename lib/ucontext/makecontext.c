#define _GNU_SOURCE
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <ucontext.h>
#include "../lwb.h"
#include "layout.h"

#ifndef __x86_64__
#error "ucontext is only written for x86_64"
#endif

/* The assembly's offsets, checked against the C library's header. */
#define GREG(r) (offsetof(ucontext_t, uc_mcontext) + offsetof(mcontext_t, gregs) + (r) * sizeof(greg_t))
_Static_assert(offsetof(ucontext_t, uc_link) == UC_LINK, "uc_link");
_Static_assert(GREG(REG_R8) == UC_R8 && GREG(REG_R9) == UC_R9, "r8 r9");
_Static_assert(GREG(REG_R12) == UC_R12 && GREG(REG_R13) == UC_R13, "r12 r13");
_Static_assert(GREG(REG_R14) == UC_R14 && GREG(REG_R15) == UC_R15, "r14 r15");
_Static_assert(GREG(REG_RDI) == UC_RDI && GREG(REG_RSI) == UC_RSI, "rdi rsi");
_Static_assert(GREG(REG_RBP) == UC_RBP && GREG(REG_RBX) == UC_RBX, "rbp rbx");
_Static_assert(GREG(REG_RDX) == UC_RDX && GREG(REG_RCX) == UC_RCX, "rdx rcx");
_Static_assert(GREG(REG_RSP) == UC_RSP && GREG(REG_RIP) == UC_RIP, "rsp rip");
_Static_assert(offsetof(ucontext_t, uc_mcontext) + offsetof(mcontext_t, fpregs) == UC_FPREGS, "fpregs");
_Static_assert(offsetof(ucontext_t, uc_sigmask) == UC_SIGMASK, "uc_sigmask");
_Static_assert(offsetof(ucontext_t, __fpregs_mem) == UC_FPREGS_MEM, "__fpregs_mem");
_Static_assert(sizeof(((ucontext_t *)0)->__fpregs_mem) >= 512, "__fpregs_mem size");

LWB_HIDDEN void __lwb_start_context(void);

/* The function starts on the top of uc_stack with the x86_64 calling
 * convention: its first six arguments in registers, the rest on the stack
 * above its return address, which is __lwb_start_context; uc_link, read
 * now as glibc reads it, waits in %rbx. The arguments are read as 64-bit
 * words, as glibc reads them, so that pointers pass whole on x86_64; an
 * int occupies such a word in the caller's argument list. */
void makecontext(ucontext_t *uc, void (*fn)(), int argc, ...)
{
	static const int in_registers[6] = { REG_RDI, REG_RSI, REG_RDX, REG_RCX, REG_R8, REG_R9 };
	uintptr_t top = ((uintptr_t)uc->uc_stack.ss_sp + uc->uc_stack.ss_size) & ~(uintptr_t)15;
	int on_stack = argc > 6 ? argc - 6 : 0;
	uint64_t *sp = (uint64_t *)top - on_stack - 1;
	va_list ap;

	/* On entry to a function, %rsp + 8 is a multiple of 16. */
	if ((uintptr_t)sp % 16 != 8)
		sp--;
	sp[0] = (uint64_t)(uintptr_t)__lwb_start_context;
	va_start(ap, argc);
	for (int i = 0; i < argc; i++) {
		greg_t word = va_arg(ap, greg_t);

		if (i < 6)
			uc->uc_mcontext.gregs[in_registers[i]] = word;
		else
			sp[1 + i - 6] = (uint64_t)word;
	}
	va_end(ap);
	uc->uc_mcontext.gregs[REG_RBX] = (greg_t)(uintptr_t)uc->uc_link;
	uc->uc_mcontext.gregs[REG_RSP] = (greg_t)(uintptr_t)sp;
	uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)fn;
}
