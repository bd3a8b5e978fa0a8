#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lwbtest.h"
#include "bttest.h"

char *bt_fd_text(void *const *addrs, int n)
{
	int p[2];
	size_t len = 0, cap = 4096;
	char *text = malloc(cap);
	ssize_t got;

	ck_assert_ptr_nonnull(text);
	ck_assert_int_eq(pipe(p), 0);
	backtrace_symbols_fd(addrs, n, p[1]);
	close(p[1]);
	while ((got = read(p[0], text + len, cap - len - 1)) > 0) {
		len += (size_t)got;
		if (cap - len < 2) {
			text = realloc(text, cap *= 2);
			ck_assert_ptr_nonnull(text);
		}
	}
	close(p[0]);
	text[len] = 0;
	return text;
}

struct lookup {
	uintptr_t addr;
	int found;
	unsigned long base;
	const char *name;
	int is_main;
};

static int visit(struct dl_phdr_info *info, size_t size, void *data)
{
	struct lookup *l = data;

	(void)size;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t lo = info->dlpi_addr + ph->p_vaddr;

		if (ph->p_type == PT_LOAD && l->addr - lo < ph->p_memsz) {
			l->found = 1;
			l->base = info->dlpi_addr;
			l->name = info->dlpi_name;
			l->is_main = info->dlpi_phdr == (const void *)getauxval(AT_PHDR);
			return 1;
		}
	}
	return 0;
}

int bt_object(const void *addr, unsigned long *base, const char **name)
{
	struct lookup l = { .addr = (uintptr_t)addr };

	dl_iterate_phdr(visit, &l);
	if (!l.found)
		return 0;
	*base = l.base;
	*name = l.is_main ? program_invocation_name : l.name;
	return 1;
}

/* Read from the file's section headers, not from the loaded object, so
 * that this does not share the code under test's way in. */
const char *bt_first_in_dynsym(const char *path, const char *a, const char *b)
{
	int fd = open(path, O_RDONLY);
	struct stat st;
	const char *first = NULL;
	unsigned char *file;

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(fstat(fd, &st), 0);
	file = malloc((size_t)st.st_size);
	ck_assert_ptr_nonnull(file);
	ck_assert_int_eq(read(fd, file, (size_t)st.st_size), st.st_size);
	close(fd);
	{
		const Elf64_Ehdr *eh = (const Elf64_Ehdr *)file;
		const Elf64_Shdr *sh = (const Elf64_Shdr *)(file + eh->e_shoff);

		for (int i = 0; i < eh->e_shnum && !first; i++) {
			const Elf64_Sym *sym = (const Elf64_Sym *)(file + sh[i].sh_offset);
			const char *str = (const char *)(file + sh[sh[i].sh_link].sh_offset);

			if (sh[i].sh_type != SHT_DYNSYM)
				continue;
			for (size_t k = 0; k < sh[i].sh_size / sizeof *sym; k++) {
				if (!strcmp(str + sym[k].st_name, a) || !strcmp(str + sym[k].st_name, b)) {
					first = !strcmp(str + sym[k].st_name, a) ? a : b;
					break;
				}
			}
		}
	}
	free(file);
	ck_assert_ptr_nonnull(first);
	return first;
}
