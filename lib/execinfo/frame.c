#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <link.h>
#include <sys/auxv.h>
#include "frame.h"

/* An address read from a dynamic section: glibc relocates some entries in
 * place, musl and the vDSO's never are. Unrelocated ones are offsets into
 * the object, far below its load address. */
static uintptr_t dyn_addr(uintptr_t v, uintptr_t base)
{
	return v < base ? v + base : v;
}

/* The number of entries in the dynamic symbol table, which no dynamic
 * entry states: DT_HASH holds it, a DT_GNU_HASH table must be walked from
 * its highest bucket to the end of that bucket's chain. */
static size_t gnu_symbol_count(const uint32_t *h)
{
	uint32_t nbuckets = h[0], first = h[1], bloom_words = h[2];
	const uint32_t *buckets = h + 4 + bloom_words * (sizeof(ElfW(Addr)) / 4);
	const uint32_t *chain = buckets + nbuckets;
	uint32_t last = 0;

	for (uint32_t i = 0; i < nbuckets; i++)
		if (buckets[i] > last)
			last = buckets[i];
	if (last < first)
		return first;
	while (!(chain[last - first] & 1))
		last++;
	return last + 1;
}

struct symbols {
	const ElfW(Sym) *sym;
	const char *str;
	size_t count, strsz;
	const char *soname;
};

static void read_dynamic(const ElfW(Dyn) *d, uintptr_t base, struct symbols *s)
{
	const uint32_t *hash = 0, *gnu_hash = 0;
	size_t soname = (size_t)-1;

	for (; d->d_tag != DT_NULL; d++) {
		switch (d->d_tag) {
		case DT_SYMTAB:
			s->sym = (const ElfW(Sym) *)dyn_addr(d->d_un.d_ptr, base);
			break;
		case DT_STRTAB:
			s->str = (const char *)dyn_addr(d->d_un.d_ptr, base);
			break;
		case DT_STRSZ:
			s->strsz = d->d_un.d_val;
			break;
		case DT_HASH:
			hash = (const uint32_t *)dyn_addr(d->d_un.d_ptr, base);
			break;
		case DT_GNU_HASH:
			gnu_hash = (const uint32_t *)dyn_addr(d->d_un.d_ptr, base);
			break;
		case DT_SONAME:
			soname = d->d_un.d_val;
			break;
		}
	}
	if (!s->sym || !s->str)
		return;
	if (hash)
		s->count = hash[1];
	else if (gnu_hash)
		s->count = gnu_symbol_count(gnu_hash);
	if (soname < s->strsz)
		s->soname = s->str + soname;
}

/* glibc's choice, as dladdr makes it: among the defined symbols whose
 * extent holds the address (a symbol of size 0 holds its own address
 * only), the one starting nearest below it; of several starting there,
 * the first in the table. Absolute and thread-local symbols describe no
 * code or data at an address and are never chosen. */
static const ElfW(Sym) *best_symbol(const struct symbols *s, uintptr_t addr, uintptr_t base)
{
	const ElfW(Sym) *best = 0;

	for (size_t i = 0; i < s->count; i++) {
		const ElfW(Sym) *sym = &s->sym[i];
		uintptr_t start = base + sym->st_value;
		int type = sym->st_info & 0xf;	/* ELF32_ST_TYPE and ELF64_ST_TYPE alike */

		if (sym->st_shndx == SHN_UNDEF || sym->st_shndx == SHN_ABS)
			continue;
		if (type == STT_TLS || type == STT_SECTION || type == STT_FILE)
			continue;
		if (!sym->st_name || sym->st_name >= s->strsz)
			continue;
		if (addr < start || (sym->st_size ? addr - start >= sym->st_size : addr != start))
			continue;
		if (!best || sym->st_value > best->st_value)
			best = sym;
	}
	return best;
}

void __lwb_describe(void *addr, struct __lwb_frame *f)
{
	struct dl_find_object obj;
	struct link_map *map;
	struct symbols s = { 0 };
	const ElfW(Sym) *sym = 0;
	uintptr_t a = (uintptr_t)addr, main_phdr = getauxval(AT_PHDR);

	f->object = 0;
	f->symbol = 0;
	f->offset = 0;
	f->has_offset = 0;
	if (_dl_find_object(addr, &obj) || !(map = obj.dlfo_link_map))
		return;
	if (map->l_ld)
		read_dynamic(map->l_ld, map->l_addr, &s);
	/* glibc names the main program as it was invoked (argv[0]), the vDSO
	 * by its soname, and everything else by the path it was loaded from. */
	if (main_phdr - (uintptr_t)obj.dlfo_map_start < (uintptr_t)obj.dlfo_map_end - (uintptr_t)obj.dlfo_map_start)
		f->object = program_invocation_name;
	else if (map->l_name && *map->l_name)
		f->object = map->l_name;
	else
		f->object = s.soname;
	if (!f->object || !*f->object) {
		f->object = 0;
		return;
	}
	sym = best_symbol(&s, a, map->l_addr);
	if (sym) {
		f->symbol = s.str + sym->st_name;
		f->offset = a - (map->l_addr + sym->st_value);
		f->has_offset = 1;
	} else if (map->l_addr) {
		f->offset = a - map->l_addr;
		f->has_offset = 1;
	}
}

size_t __lwb_hex(char *buf, uintptr_t v)
{
	size_t n = 0;

	do
		n++;
	while (n < 2 * sizeof v && v >> (4 * n));
	for (size_t i = n; i-- > 0; v >>= 4)
		buf[i] = "0123456789abcdef"[v & 15];
	return n;
}
