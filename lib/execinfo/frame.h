#ifndef LWB_EXECINFO_FRAME_H
#define LWB_EXECINFO_FRAME_H

#include <stddef.h>
#include <stdint.h>
#include "../lwb.h"

/* What glibc prints about one address, found without allocating memory
 * (backtrace_symbols_fd runs in signal handlers). */
struct __lwb_frame {
	const char *object;	/* NULL: no named object holds the address */
	const char *symbol;	/* NULL: no dynamic symbol covers it */
	uintptr_t offset;	/* from the symbol, else from the object's base */
	int has_offset;		/* a symbol, or an object loaded at a non-zero base */
};

LWB_HIDDEN void __lwb_describe(void *addr, struct __lwb_frame *f);

/* v in lowercase hex without a prefix, into buf (at least 16 bytes);
 * returns the number of digits. */
LWB_HIDDEN size_t __lwb_hex(char *buf, uintptr_t v);

#endif
