/*
 * The growing macros as functions, which <obstack.h> uses for compilers
 * without GNU C's statement expressions. Compiled here with GNU C, each is
 * the macro of the same name.
 */
#include <obstack.h>

unsigned __lwb_obstack_object_size(struct obstack *h)
{
	return obstack_object_size(h);
}

unsigned __lwb_obstack_room(struct obstack *h)
{
	return obstack_room(h);
}

int __lwb_obstack_empty_p(struct obstack *h)
{
	return obstack_empty_p(h);
}

void __lwb_obstack_make_room(struct obstack *h, ptrdiff_t n)
{
	obstack_make_room(h, n);
}

void __lwb_obstack_grow(struct obstack *h, const void *p, ptrdiff_t n)
{
	obstack_grow(h, p, n);
}

void __lwb_obstack_grow0(struct obstack *h, const void *p, ptrdiff_t n)
{
	obstack_grow0(h, p, n);
}

void __lwb_obstack_1grow(struct obstack *h, int c)
{
	obstack_1grow(h, (char)c);
}

void __lwb_obstack_ptr_grow(struct obstack *h, const void *p)
{
	obstack_ptr_grow(h, p);
}

void __lwb_obstack_int_grow(struct obstack *h, int i)
{
	obstack_int_grow(h, i);
}

void __lwb_obstack_ptr_grow_fast(struct obstack *h, const void *p)
{
	obstack_ptr_grow_fast(h, p);
}

void __lwb_obstack_int_grow_fast(struct obstack *h, int i)
{
	obstack_int_grow_fast(h, i);
}

void __lwb_obstack_blank(struct obstack *h, ptrdiff_t n)
{
	obstack_blank(h, n);
}

void *__lwb_obstack_finish(struct obstack *h)
{
	return obstack_finish(h);
}

void *__lwb_obstack_alloc(struct obstack *h, ptrdiff_t n)
{
	return obstack_alloc(h, n);
}

void *__lwb_obstack_copy(struct obstack *h, const void *p, ptrdiff_t n)
{
	return obstack_copy(h, p, n);
}

void *__lwb_obstack_copy0(struct obstack *h, const void *p, ptrdiff_t n)
{
	return obstack_copy0(h, p, n);
}
