/*
 * Differential fuzzing of backtrace_symbols and backtrace_symbols_fd
 * against glibc's, on the objects of this very process: the program, the
 * C library (thousands of symbols, many aliases), the dynamic linker, the
 * vDSO.
 *
 * Built in the sanitizer configuration with the module's sources compiled
 * in: the program's own definitions are libwildebeest's (they also replace
 * AddressSanitizer's weak interceptors), glibc's are the next ones,
 * dlsym(RTLD_NEXT, ...). Each input picks addresses, mostly inside a loaded
 * object (an object and an offset into its span, or a little past it),
 * some anywhere; both implementations must print the same lines.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <execinfo.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_OBJECTS 64
#define MAX_ADDRS 16

static struct span {
	uintptr_t start, end;
} objects[MAX_OBJECTS];
static int nobjects;

typedef char **symbols_fn(void *const *, int);
typedef void symbols_fd_fn(void *const *, int, int);
static symbols_fn *glibc_symbols;
static symbols_fd_fn *glibc_symbols_fd;

static int collect(struct dl_phdr_info *info, size_t size, void *data)
{
	uintptr_t start = UINTPTR_MAX, end = 0;

	(void)size;
	(void)data;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t lo = info->dlpi_addr + ph->p_vaddr;

		if (ph->p_type != PT_LOAD)
			continue;
		start = lo < start ? lo : start;
		end = lo + ph->p_memsz > end ? lo + ph->p_memsz : end;
	}
	if (end > start && nobjects < MAX_OBJECTS)
		objects[nobjects++] = (struct span){ start, end };
	return 0;
}

static char *fd_text(symbols_fd_fn *fn, void *const *addrs, int n)
{
	int p[2];
	size_t len = 0, cap = 1 << 16;
	char *text = malloc(cap);
	ssize_t got;

	if (!text || pipe(p))
		abort();
	fn(addrs, n, p[1]);
	close(p[1]);
	while ((got = read(p[0], text + len, cap - len - 1)) > 0)
		len += (size_t)got;
	close(p[0]);
	text[len] = 0;
	return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	void *addrs[MAX_ADDRS];
	int n = 0;
	char **ours, **theirs;
	char *ours_fd, *theirs_fd;

	if (!glibc_symbols) {
		glibc_symbols = (symbols_fn *)dlsym(RTLD_NEXT, "backtrace_symbols");
		glibc_symbols_fd = (symbols_fd_fn *)dlsym(RTLD_NEXT, "backtrace_symbols_fd");
		if (!glibc_symbols || !glibc_symbols_fd || glibc_symbols == backtrace_symbols ||
			glibc_symbols_fd == backtrace_symbols_fd)
			abort();
		dl_iterate_phdr(collect, NULL);
	}
	/* 9 bytes per address: a selector, then an offset or an address */
	for (; size >= 9 && n < MAX_ADDRS; data += 9, size -= 9) {
		uint64_t v;

		memcpy(&v, data + 1, 8);
		if (data[0] < 224) {
			const struct span *o = &objects[data[0] % nobjects];

			addrs[n++] = (void *)(o->start + v % (o->end - o->start + 64));
		} else {
			addrs[n++] = (void *)(uintptr_t)v;
		}
	}
	ours = backtrace_symbols(addrs, n);
	theirs = glibc_symbols(addrs, n);
	if (!ours || !theirs)
		abort();
	for (int i = 0; i < n; i++) {
		if (strcmp(ours[i], theirs[i])) {
			fprintf(stderr, "%p: ours \"%s\", glibc \"%s\"\n", addrs[i], ours[i], theirs[i]);
			abort();
		}
	}
	free(ours);
	free(theirs);
	ours_fd = fd_text(backtrace_symbols_fd, addrs, n);
	theirs_fd = fd_text(glibc_symbols_fd, addrs, n);
	if (strcmp(ours_fd, theirs_fd)) {
		fprintf(stderr, "backtrace_symbols_fd: ours\n%sglibc\n%s", ours_fd, theirs_fd);
		abort();
	}
	free(ours_fd);
	free(theirs_fd);
	return 0;
}
