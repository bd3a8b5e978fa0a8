/* Formats already known to be ordinary. Nearly every format is a string
 * literal, in a read-only segment of the program or of a library loaded at
 * its start; its text cannot change there (musl never unmaps a library:
 * its dlclose unloads nothing), so the verdict of one scan holds for every
 * later call with the same pointer. A format anywhere else (the heap, the
 * stack, writable data, a library dlopen'ed later) is scanned on every
 * call. */
#define _GNU_SOURCE
#include <link.h>
#include <pthread.h>
#include <stdint.h>
#include "format.h"

#define RANGES 128

const char *__lwb_printf_known[LWB_KNOWN_SLOTS];

static struct {
	uintptr_t lo, hi;
} ro[RANGES];
static int nro;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int collect(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size;
	(void)data;
	for (int i = 0; i < info->dlpi_phnum && nro < RANGES; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];

		if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W))
			continue;
		ro[nro].lo = info->dlpi_addr + ph->p_vaddr;
		ro[nro].hi = ro[nro].lo + ph->p_memsz;
		nro++;
	}
	return 0;
}

static void init(void)
{
	dl_iterate_phdr(collect, NULL);
}

static int read_only(const char *s)
{
	uintptr_t a = (uintptr_t)s;

	pthread_once(&once, init);
	for (int i = 0; i < nro; i++)
		if (a >= ro[i].lo && a < ro[i].hi)
			return 1;
	return 0;
}

int __lwb_printf_check(const char *fmt)
{
	const char *s = fmt;

	for (;;) {
		if (*s == '%') {
			if (!__lwb_printf_plain[(unsigned char)s[1]]) {
				if (__lwb_printf_scan(s))
					return 0;
				break;
			}
			s += 2;
		} else if (!*s) {
			break;
		} else {
			s++;
		}
	}
#ifndef __GLIBC__
	/* glibc's dlclose unmaps: there (the sanitizer build) nothing is
	 * remembered */
	if (read_only(fmt))
		__atomic_store_n(&__lwb_printf_known[LWB_KNOWN_SLOT(fmt)], fmt, __ATOMIC_RELAXED);
#else
	(void)read_only;
#endif
	return 1;
}
