/*
 * Every obstack macro as a consumer writes them, for the compile matrix
 * (compile_matrix.py): C99 to C17 and C++11 to C++20, gcc and clang,
 * -Wall -Wextra -Wshadow -pedantic -Werror, with and without _GNU_SOURCE.
 * Valid C and C++; only compiled.
 */
#include <stdlib.h>
#include <obstack.h>

#define obstack_chunk_alloc malloc
#define obstack_chunk_free free

static void *xalloc(size_t n)
{
	return malloc(n);
}

static void *xalloc_arg(void *arg, size_t n)
{
	(void)arg;
	return malloc(n);
}

static void xfree_arg(void *arg, void *p)
{
	(void)arg;
	free(p);
}

int use_every_macro(struct obstack *ob, struct obstack *other, const char *s, size_t n);

int use_every_macro(struct obstack *ob, struct obstack *other, const char *s, size_t n)
{
	char *p;
	void *v;
	unsigned size, room;
	int mask, empty, used;
	long chunk;
	void (*handler)(void);

	obstack_init(ob);
	obstack_begin(other, 0);
	obstack_free(other, NULL);
	obstack_specify_allocation(other, 0, 0, xalloc, free);
	obstack_free(other, NULL);
	obstack_specify_allocation_with_arg(other, 1000, 8, xalloc_arg, xfree_arg, NULL);
	obstack_grow(ob, s, n);
	obstack_grow0(ob, s, n);
	obstack_1grow(ob, 'x');
	obstack_ptr_grow(ob, s);
	obstack_int_grow(ob, 1);
	obstack_blank(ob, 8);
	obstack_make_room(ob, 32);
	obstack_1grow_fast(ob, 'y');
	obstack_ptr_grow_fast(ob, ob);
	obstack_int_grow_fast(ob, 2);
	obstack_blank_fast(ob, 1);
	/* Nested: a macro's argument uses another macro. */
	obstack_grow(other, obstack_base(ob), obstack_object_size(ob));
	size = obstack_object_size(ob);
	room = obstack_room(ob);
	empty = obstack_empty_p(ob);
	p = (char *)obstack_finish(ob);
	v = obstack_alloc(ob, n);
	v = obstack_copy(ob, v, n);
	v = obstack_copy0(ob, s, n);
	v = obstack_base(ob);
	v = obstack_next_free(ob);
	mask = obstack_alignment_mask(ob);
	obstack_alignment_mask(ob) = 7;
	chunk = obstack_chunk_size(ob);
	obstack_chunk_size(ob) = 8192;
	used = obstack_memory_used(ob) + _obstack_memory_used(ob);
#ifdef _GNU_SOURCE
	used += obstack_printf(ob, "%d %s", 1, s);
#endif
	obstack_free(ob, p);
	obstack_free(ob, NULL);
	obstack_free(other, NULL);
	handler = obstack_alloc_failed_handler;
	obstack_alloc_failed_handler = handler;
	obstack_exit_failure = 2;
	return (int)size + (int)room + mask + empty + used + (int)chunk + (v != NULL);
}
