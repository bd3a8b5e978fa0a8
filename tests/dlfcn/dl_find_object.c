/* _dl_find_object as glibc 2.36 answers it: the span, unwind table and link
 * map of the object holding an address, -1 for an address in none. The
 * expected values are worked out here from dl_iterate_phdr, independently
 * of the function under test. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include "lwbtest.h"

int lwbt_data_object = 1;

/* What dl_iterate_phdr says about the object holding addr. */
struct expect {
	uintptr_t addr;
	int found;
	uintptr_t base, start, end, eh_frame, dynamic;
	const char *name;
};

static int visit(struct dl_phdr_info *info, size_t size, void *data)
{
	struct expect *e = data;
	uintptr_t start = UINTPTR_MAX, end = 0, eh = 0, dyn = 0;

	(void)size;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t lo = info->dlpi_addr + ph->p_vaddr;

		if (ph->p_type == PT_LOAD) {
			start = lo < start ? lo : start;
			end = lo + ph->p_memsz > end ? lo + ph->p_memsz : end;
		} else if (ph->p_type == PT_GNU_EH_FRAME) {
			eh = lo;
		} else if (ph->p_type == PT_DYNAMIC) {
			dyn = lo;
		}
	}
	if (e->addr < start || e->addr >= end)
		return 0;
	e->found = 1;
	e->base = info->dlpi_addr;
	e->start = start;
	e->end = end;
	e->eh_frame = eh;
	e->dynamic = dyn;
	e->name = info->dlpi_name;
	return 1;
}

static struct expect expect_for(const void *addr)
{
	struct expect e = { .addr = (uintptr_t)addr };

	dl_iterate_phdr(visit, &e);
	return e;
}

/* The reserved words are never written. */
static void check_untouched_reserve(const struct dl_find_object *r)
{
	for (int i = 0; i < 7; i++)
		ck_assert_uint_eq(r->__dflo_reserved[i], 0xa5a5a5a5a5a5a5a5ull);
}

static void check_found(const void *addr)
{
	struct dl_find_object r;
	struct expect e = expect_for(addr);

	ck_assert_msg(e.found, "no object holds %p", addr);
	memset(&r, 0xa5, sizeof r);
	ck_assert_int_eq(_dl_find_object((void *)addr, &r), 0);
	ck_assert_uint_eq(r.dlfo_flags, 0);
	ck_assert_ptr_eq(r.dlfo_map_start, (void *)e.start);
	ck_assert_ptr_eq(r.dlfo_map_end, (void *)e.end);
	ck_assert_ptr_eq(r.dlfo_eh_frame, (void *)e.eh_frame);
	ck_assert_ptr_nonnull(r.dlfo_link_map);
	ck_assert_uint_eq(r.dlfo_link_map->l_addr, e.base);
	ck_assert_ptr_eq(r.dlfo_link_map->l_ld, (void *)e.dynamic);
	check_untouched_reserve(&r);
}

static void check_not_found(const void *addr)
{
	struct dl_find_object r;

	memset(&r, 0xa5, sizeof r);
	ck_assert_int_eq(_dl_find_object((void *)addr, &r), -1);
	ck_assert_uint_eq(r.dlfo_flags, 0xa5a5a5a5a5a5a5a5ull);
	check_untouched_reserve(&r);
}

START_TEST(layout_is_glibcs)
{
	ck_assert_uint_eq(sizeof(struct dl_find_object), 96);
	ck_assert_uint_eq(offsetof(struct dl_find_object, dlfo_flags), 0);
	ck_assert_uint_eq(offsetof(struct dl_find_object, dlfo_map_start), 8);
	ck_assert_uint_eq(offsetof(struct dl_find_object, dlfo_map_end), 16);
	ck_assert_uint_eq(offsetof(struct dl_find_object, dlfo_link_map), 24);
	ck_assert_uint_eq(offsetof(struct dl_find_object, dlfo_eh_frame), 32);
	ck_assert_uint_eq(offsetof(struct dl_find_object, __dflo_reserved), 40);
	ck_assert_int_eq(DLFO_STRUCT_HAS_EH_DBASE, 0);
	ck_assert_int_eq(DLFO_STRUCT_HAS_EH_COUNT, 0);
	ck_assert_int_eq(DLFO_EH_SEGMENT_TYPE, PT_GNU_EH_FRAME);
}
END_TEST

START_TEST(main_program_code_and_data)
{
	struct dl_find_object r;

	check_found((void *)check_found);
	check_found(&lwbt_data_object);
	/* The program's own unwind table: gcc's unwinder needs it. */
	ck_assert_int_eq(_dl_find_object((void *)check_found, &r), 0);
	ck_assert_ptr_nonnull(r.dlfo_eh_frame);
	/* Its link map is the first in the dynamic linker's list. */
	ck_assert_ptr_null(r.dlfo_link_map->l_prev);
}
END_TEST

START_TEST(the_libc)
{
	struct dl_find_object r;
	struct expect e = expect_for((void *)strlen);

	check_found((void *)strlen);
	ck_assert_int_eq(_dl_find_object((void *)strlen, &r), 0);
	ck_assert_str_eq(r.dlfo_link_map->l_name, e.name);
	/* A library's own header is inside it, at its start. */
	check_found(r.dlfo_map_start);
	check_found((char *)r.dlfo_map_end - 1);
}
END_TEST

START_TEST(the_vdso)
{
	char *vdso = (char *)getauxval(AT_SYSINFO_EHDR);
	struct dl_find_object r;

	if (!vdso)
		return;
	check_found(vdso + 16);
	ck_assert_int_eq(_dl_find_object(vdso + 16, &r), 0);
	ck_assert_ptr_eq(r.dlfo_map_start, vdso);
}
END_TEST

START_TEST(addresses_in_no_object)
{
	int on_stack = 0;
	void *heap = malloc(64);
	struct dl_find_object r;

	check_not_found(&on_stack);
	check_not_found(heap);
	check_not_found(NULL);
	check_not_found((void *)-1);
	free(heap);
	/* The end of an object is outside it (perhaps inside the next). */
	ck_assert_int_eq(_dl_find_object((void *)strlen, &r), 0);
	{
		void *end = r.dlfo_map_end;

		memset(&r, 0, sizeof r);
		if (_dl_find_object(end, &r) == 0)
			ck_assert_ptr_eq(r.dlfo_map_start, end);
	}
}
END_TEST

static void *lookup_loop(void *arg)
{
	struct dl_find_object r;

	(void)arg;
	for (int i = 0; i < 2000; i++) {
		if (_dl_find_object((void *)lookup_loop, &r) || !r.dlfo_link_map)
			return (void *)1;
		if (_dl_find_object((void *)strlen, &r) || !r.dlfo_eh_frame)
			return (void *)1;
	}
	return NULL;
}

START_TEST(concurrent_lookups_agree)
{
	pthread_t t[4];
	void *ret;

	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, lookup_loop, NULL), 0);
	for (int i = 0; i < 4; i++) {
		ck_assert_int_eq(pthread_join(t[i], &ret), 0);
		ck_assert_ptr_null(ret);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("_dl_find_object");
	TCase *tc = tcase_create("dl_find_object");

	tcase_add_test(tc, layout_is_glibcs);
	tcase_add_test(tc, main_program_code_and_data);
	tcase_add_test(tc, the_libc);
	tcase_add_test(tc, the_vdso);
	tcase_add_test(tc, addresses_in_no_object);
	tcase_add_test(tc, concurrent_lookups_agree);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
