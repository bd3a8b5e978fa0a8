/* The x86 protection-key rights register, shared by pkey_get and pkey_set. */
#ifndef LWB_SYSCALLS_PKRU_H
#define LWB_SYSCALLS_PKRU_H

#include "../lwb.h"

/* Keys the register has room for, and the two rights bits of each. */
#define LWB_PKEY_MAX 15
#define LWB_PKEY_RIGHTS 3

/* 1 when the CPU has protection keys and the kernel enabled them (the
 * OSPKE bit), so RDPKRU and WRPKRU will not fault. Always 0 off x86. */
LWB_HIDDEN int __lwb_pkru_usable(void);
LWB_HIDDEN unsigned int __lwb_pkru_read(void);
LWB_HIDDEN void __lwb_pkru_write(unsigned int);

#endif
