#include "pkru.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

int __lwb_pkru_usable(void)
{
	unsigned int a, b, c, d;

	if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
		return 0;
	return (c >> 4) & 1;
}

unsigned int __lwb_pkru_read(void)
{
	unsigned int pkru, edx;

	/* RDPKRU: ecx = 0 in, eax = PKRU out, edx clobbered. */
	__asm__ volatile(".byte 0x0f, 0x01, 0xee" : "=a"(pkru), "=d"(edx) : "c"(0));
	return pkru;
}

void __lwb_pkru_write(unsigned int pkru)
{
	/* WRPKRU: eax = PKRU, ecx = edx = 0. */
	__asm__ volatile(".byte 0x0f, 0x01, 0xef" : : "a"(pkru), "c"(0), "d"(0) : "memory");
}
#else
int __lwb_pkru_usable(void)
{
	return 0;
}

unsigned int __lwb_pkru_read(void)
{
	return 0;
}

void __lwb_pkru_write(unsigned int pkru)
{
	(void)pkru;
}
#endif
