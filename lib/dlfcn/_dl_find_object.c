#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <stdint.h>
#include <sys/auxv.h>

#ifndef __x86_64__
#error "struct dl_find_object's layout is only known here for x86_64"
#endif

/* One dl_iterate_phdr pass, looking for the object that holds addr. */
struct search {
	uintptr_t addr;
	int found;		/* 0, 1: inside the object's span, 2: inside a segment */
	uintptr_t start, end, eh_frame, dynamic;
};

static int visit(struct dl_phdr_info *info, size_t size, void *data)
{
	struct search *s = data;
	uintptr_t start = UINTPTR_MAX, end = 0, eh_frame = 0, dynamic = 0;
	int inside = 0;

	(void)size;
	for (size_t i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t lo = info->dlpi_addr + ph->p_vaddr;

		if (ph->p_type == PT_LOAD) {
			if (lo < start)
				start = lo;
			if (lo + ph->p_memsz > end)
				end = lo + ph->p_memsz;
			if (s->addr - lo < ph->p_memsz)
				inside = 1;
		} else if (ph->p_type == PT_GNU_EH_FRAME) {
			eh_frame = lo;
		} else if (ph->p_type == PT_DYNAMIC) {
			dynamic = lo;
		}
	}
	/* The object's span runs from its lowest segment to the end of its
	 * highest, as glibc reports it. Another object could sit in a hole
	 * between segments, so an object whose segment holds the address
	 * beats one whose span merely covers it. */
	if (s->addr < start || s->addr >= end || s->found >= 1 + inside)
		return 0;
	s->found = 1 + inside;
	s->start = start;
	s->end = end;
	s->eh_frame = eh_frame;
	s->dynamic = dynamic;
	return inside;
}

/* The main program's load bias, from the auxiliary vector: this works from
 * inside a shared library, and in a program linked statically. */
static uintptr_t main_bias(void)
{
	const ElfW(Phdr) *ph = (const ElfW(Phdr) *)getauxval(AT_PHDR);

	for (size_t i = 0, n = getauxval(AT_PHNUM); ph && i < n; i++)
		if (ph[i].p_type == PT_PHDR)
			return (uintptr_t)ph - ph[i].p_vaddr;
	return 0;
}

/* The dynamic linker's list of link maps, which glibc and musl both
 * publish for debuggers through the main program's DT_DEBUG entry. */
static struct link_map *link_maps(void)
{
	const ElfW(Phdr) *ph = (const ElfW(Phdr) *)getauxval(AT_PHDR);
	const ElfW(Dyn) *d = 0;

	for (size_t i = 0, n = getauxval(AT_PHNUM); ph && i < n; i++)
		if (ph[i].p_type == PT_DYNAMIC)
			d = (const ElfW(Dyn) *)(main_bias() + ph[i].p_vaddr);
	for (; d && d->d_tag != DT_NULL; d++)
		if (d->d_tag == DT_DEBUG && d->d_un.d_ptr)
			return ((struct r_debug *)d->d_un.d_ptr)->r_map;
	return 0;
}

/* A program linked statically has no list: its link map is made here, as
 * glibc's static programs have one. Every caller stores the same values,
 * atomically, so concurrent calls agree. */
static struct link_map *static_main(uintptr_t dynamic)
{
	static struct link_map map;

	__atomic_store_n(&map.l_addr, main_bias(), __ATOMIC_RELAXED);
	__atomic_store_n(&map.l_name, (char *)"", __ATOMIC_RELAXED);
	__atomic_store_n(&map.l_ld, (ElfW(Dyn) *)dynamic, __ATOMIC_RELAXED);
	return &map;
}

int _dl_find_object(void *address, struct dl_find_object *result)
{
	struct search s = { .addr = (uintptr_t)address };
	struct link_map *map;
	uintptr_t main_phdr = getauxval(AT_PHDR);

	dl_iterate_phdr(visit, &s);
	if (!s.found)
		return -1;
	for (map = link_maps(); map; map = map->l_next)
		if (s.dynamic && (uintptr_t)map->l_ld == s.dynamic)
			break;
	if (!map && main_phdr - s.start < s.end - s.start)
		map = static_main(s.dynamic);
	result->dlfo_flags = 0;
	result->dlfo_map_start = (void *)s.start;
	result->dlfo_map_end = (void *)s.end;
	result->dlfo_link_map = map;
	result->dlfo_eh_frame = (void *)s.eh_frame;
	return 0;
}
