/* The space musl's allocator holds through the program break. */
#ifndef LWB_MALLOC_BRK_H
#define LWB_MALLOC_BRK_H

#include <stddef.h>
#include "../lwb.h"

/* Bytes between the start of the heap and the current break, read from
 * /proc/self/stat without allocating; 0 if that cannot be read. */
LWB_HIDDEN size_t __lwb_brk_bytes(void);

#endif
