/*
 * libwildebeest: <obstack.h>, which musl does not have.
 *
 * GNU obstacks with glibc 2.36's interface: the same struct obstack (its
 * fields are public, the macros work on them), the same types for sizes
 * (a chunk size is a long, the alignment mask an int, object sizes and room
 * unsigned int), the same chunk sizes and alignment. Lengths given to the
 * growing macros are not cut to int: a length the obstack cannot hold, or a
 * negative one (except obstack_blank shrinking the current object), goes to
 * obstack_alloc_failed_handler instead of overwriting memory.
 *
 * With GNU C (gcc, clang) the macros are statement expressions that
 * evaluate each argument once; other compilers get functions with the same
 * effect.
 */
#ifndef __LWB_OBSTACK_OBSTACK_H
#define __LWB_OBSTACK_OBSTACK_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <stddef.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

struct _obstack_chunk {
	char *limit;			/* one past the end of this chunk */
	struct _obstack_chunk *prev;	/* the chunk before, or NULL */
	char contents[4];		/* objects start here */
};

struct obstack {
	long chunk_size;		/* preferred size of a new chunk */
	struct _obstack_chunk *chunk;	/* the current chunk */
	char *object_base;		/* the object being built */
	char *next_free;		/* where it grows */
	char *chunk_limit;		/* end of the current chunk */
	union {
		long tempint;
		void *tempptr;		/* libwildebeest: where the current
					 * chunk's first object started */
	} temp;
	int alignment_mask;		/* objects start at multiples of mask + 1 */
	struct _obstack_chunk *(*chunkfun)(void *, long);
	void (*freefun)(void *, struct _obstack_chunk *);
	void *extra_arg;
	unsigned use_extra_arg : 1;	/* chunkfun and freefun take extra_arg */
	unsigned maybe_empty_object : 1;
	unsigned alloc_failed : 1;
};

/* Sanitizer runtimes (ASan's) intercept these three names and hand the
 * calls to the C library's obstack code; under these link names a consumer
 * reaches libwildebeest's wherever it is built. The library exports the
 * plain names too, for configure probes and for callers that declare the
 * functions themselves. */
int _obstack_begin(struct obstack *, int, int, void *(*)(long), void (*)(void *))
	__asm__("__lwb_obstack_begin");
int _obstack_begin_1(struct obstack *, int, int, void *(*)(void *, long),
	void (*)(void *, void *), void *) __asm__("__lwb_obstack_begin_1");
/* Moves the current object to a new chunk with room for length more
 * bytes; an impossible length goes to obstack_alloc_failed_handler. */
void _obstack_newchunk(struct obstack *, ptrdiff_t) __asm__("__lwb_obstack_newchunk");
void _obstack_free(struct obstack *, void *);
void obstack_free(struct obstack *, void *);
int _obstack_memory_used(struct obstack *);
int _obstack_allocated_p(struct obstack *, void *);

/* Called when a chunk cannot be had; must not return (it exits by
 * default, after printing "memory exhausted"). */
extern void (*obstack_alloc_failed_handler)(void);
/* The exit status of the default handler. */
extern int obstack_exit_failure;

#ifdef _GNU_SOURCE
/* glibc declares these in <stdio.h>. */
#if defined(__GNUC__) || defined(__clang__)
int obstack_printf(struct obstack *__restrict, const char *__restrict, ...)
	__attribute__((__format__(__printf__, 2, 3)));
int obstack_vprintf(struct obstack *__restrict, const char *__restrict, __builtin_va_list)
	__attribute__((__format__(__printf__, 2, 0)));
#else
#include <stdarg.h>
int obstack_printf(struct obstack *, const char *, ...);
int obstack_vprintf(struct obstack *, const char *, va_list);
#endif
#endif

/* memcpy for the growing macros, faster than musl's for short copies. */
void *__lwb_obstack_memcpy(void *, const void *, size_t);

/* The macros below as functions, for compilers without statement
 * expressions. */
unsigned __lwb_obstack_object_size(struct obstack *);
unsigned __lwb_obstack_room(struct obstack *);
int __lwb_obstack_empty_p(struct obstack *);
void __lwb_obstack_make_room(struct obstack *, ptrdiff_t);
void __lwb_obstack_grow(struct obstack *, const void *, ptrdiff_t);
void __lwb_obstack_grow0(struct obstack *, const void *, ptrdiff_t);
void __lwb_obstack_1grow(struct obstack *, int);
void __lwb_obstack_ptr_grow(struct obstack *, const void *);
void __lwb_obstack_int_grow(struct obstack *, int);
void __lwb_obstack_ptr_grow_fast(struct obstack *, const void *);
void __lwb_obstack_int_grow_fast(struct obstack *, int);
void __lwb_obstack_blank(struct obstack *, ptrdiff_t);
void *__lwb_obstack_finish(struct obstack *);
void *__lwb_obstack_alloc(struct obstack *, ptrdiff_t);
void *__lwb_obstack_copy(struct obstack *, const void *, ptrdiff_t);
void *__lwb_obstack_copy0(struct obstack *, const void *, ptrdiff_t);

#define obstack_init(h) \
	_obstack_begin((h), 0, 0, (void *(*)(long))obstack_chunk_alloc, \
		(void (*)(void *))obstack_chunk_free)
#define obstack_begin(h, size) \
	_obstack_begin((h), (size), 0, (void *(*)(long))obstack_chunk_alloc, \
		(void (*)(void *))obstack_chunk_free)
#define obstack_specify_allocation(h, size, alignment, chunkfun, freefun) \
	_obstack_begin((h), (size), (alignment), (void *(*)(long))(chunkfun), \
		(void (*)(void *))(freefun))
#define obstack_specify_allocation_with_arg(h, size, alignment, chunkfun, freefun, arg) \
	_obstack_begin_1((h), (size), (alignment), (void *(*)(void *, long))(chunkfun), \
		(void (*)(void *, void *))(freefun), (arg))

#define obstack_base(h) ((void *)(h)->object_base)
#define obstack_next_free(h) ((void *)(h)->next_free)
#define obstack_chunk_size(h) ((h)->chunk_size)
#define obstack_alignment_mask(h) ((h)->alignment_mask)
#define obstack_memory_used(h) _obstack_memory_used(h)

/* The fast forms do not check for room. */
#define obstack_1grow_fast(h, c) (*((h)->next_free)++ = (c))
#define obstack_blank_fast(h, n) ((h)->next_free += (n))

#if defined(__GNUC__) || defined(__clang__)

#define obstack_object_size(h) __extension__ ({ \
	struct obstack const *__lwb_os = (h); \
	(unsigned)(__lwb_os->next_free - __lwb_os->object_base); })

#define obstack_room(h) __extension__ ({ \
	struct obstack const *__lwb_or = (h); \
	(unsigned)(__lwb_or->chunk_limit - __lwb_or->next_free); })

#define obstack_empty_p(h) __extension__ ({ \
	struct obstack const *__lwb_oe = (h); \
	__UINTPTR_TYPE__ __lwb_oe_m = (__UINTPTR_TYPE__)__lwb_oe->alignment_mask; \
	(__lwb_oe->chunk->prev == 0 && (__UINTPTR_TYPE__)__lwb_oe->next_free == \
		(((__UINTPTR_TYPE__)__lwb_oe->chunk->contents + __lwb_oe_m) & ~__lwb_oe_m)); })

/* Room for n more bytes: (size_t)n > room also catches a negative n. */
#define obstack_make_room(h, length) __extension__ ({ \
	struct obstack *__lwb_mr = (h); \
	__PTRDIFF_TYPE__ __lwb_mr_n = (length); \
	if ((__SIZE_TYPE__)__lwb_mr_n > (__SIZE_TYPE__)(__lwb_mr->chunk_limit - __lwb_mr->next_free)) \
		_obstack_newchunk(__lwb_mr, __lwb_mr_n); \
	(void)0; })

#define obstack_grow(h, where, length) __extension__ ({ \
	struct obstack *__lwb_g = (h); \
	const void *__lwb_g_p = (where); \
	__PTRDIFF_TYPE__ __lwb_g_n = (length); \
	if ((__SIZE_TYPE__)__lwb_g_n > (__SIZE_TYPE__)(__lwb_g->chunk_limit - __lwb_g->next_free)) \
		_obstack_newchunk(__lwb_g, __lwb_g_n); \
	__lwb_obstack_memcpy(__lwb_g->next_free, __lwb_g_p, (__SIZE_TYPE__)__lwb_g_n); \
	__lwb_g->next_free += __lwb_g_n; \
	(void)0; })

/* n bytes and a terminating zero; n + 1 is formed only when it fits. */
#define obstack_grow0(h, where, length) __extension__ ({ \
	struct obstack *__lwb_g0 = (h); \
	const void *__lwb_g0_p = (where); \
	__PTRDIFF_TYPE__ __lwb_g0_n = (length); \
	if ((__SIZE_TYPE__)__lwb_g0_n >= (__SIZE_TYPE__)(__lwb_g0->chunk_limit - __lwb_g0->next_free)) \
		_obstack_newchunk(__lwb_g0, __lwb_g0_n < 0 || __lwb_g0_n == __PTRDIFF_MAX__ \
			? (__PTRDIFF_TYPE__)-1 : __lwb_g0_n + 1); \
	__lwb_obstack_memcpy(__lwb_g0->next_free, __lwb_g0_p, (__SIZE_TYPE__)__lwb_g0_n); \
	__lwb_g0->next_free += __lwb_g0_n; \
	*__lwb_g0->next_free++ = 0; \
	(void)0; })

#define obstack_1grow(h, c) __extension__ ({ \
	struct obstack *__lwb_1g = (h); \
	if (__lwb_1g->next_free >= __lwb_1g->chunk_limit) \
		_obstack_newchunk(__lwb_1g, 1); \
	*__lwb_1g->next_free++ = (c); \
	(void)0; })

#define obstack_ptr_grow(h, datum) __extension__ ({ \
	struct obstack *__lwb_pg = (h); \
	const void *__lwb_pg_v = (datum); \
	if (__lwb_pg->chunk_limit - __lwb_pg->next_free < (__PTRDIFF_TYPE__)sizeof(void *)) \
		_obstack_newchunk(__lwb_pg, sizeof(void *)); \
	memcpy(__lwb_pg->next_free, &__lwb_pg_v, sizeof(void *)); \
	__lwb_pg->next_free += sizeof(void *); \
	(void)0; })

#define obstack_int_grow(h, datum) __extension__ ({ \
	struct obstack *__lwb_ig = (h); \
	int __lwb_ig_v = (datum); \
	if (__lwb_ig->chunk_limit - __lwb_ig->next_free < (__PTRDIFF_TYPE__)sizeof(int)) \
		_obstack_newchunk(__lwb_ig, sizeof(int)); \
	memcpy(__lwb_ig->next_free, &__lwb_ig_v, sizeof(int)); \
	__lwb_ig->next_free += sizeof(int); \
	(void)0; })

#define obstack_ptr_grow_fast(h, datum) __extension__ ({ \
	struct obstack *__lwb_pf = (h); \
	const void *__lwb_pf_v = (datum); \
	memcpy(__lwb_pf->next_free, &__lwb_pf_v, sizeof(void *)); \
	__lwb_pf->next_free += sizeof(void *); \
	(void)0; })

#define obstack_int_grow_fast(h, datum) __extension__ ({ \
	struct obstack *__lwb_if = (h); \
	int __lwb_if_v = (datum); \
	memcpy(__lwb_if->next_free, &__lwb_if_v, sizeof(int)); \
	__lwb_if->next_free += sizeof(int); \
	(void)0; })

/* A negative length shrinks the current object, as in glibc; shrinking
 * past its start is refused like an impossible length. */
#define obstack_blank(h, length) __extension__ ({ \
	struct obstack *__lwb_b = (h); \
	__PTRDIFF_TYPE__ __lwb_b_n = (length); \
	if (__lwb_b_n < 0 ? __lwb_b_n < __lwb_b->object_base - __lwb_b->next_free \
		: __lwb_b->chunk_limit - __lwb_b->next_free < __lwb_b_n) \
		_obstack_newchunk(__lwb_b, __lwb_b_n); \
	__lwb_b->next_free += __lwb_b_n; \
	(void)0; })

/* Ends the current object: the next starts at the next multiple of the
 * alignment, or at the end of the chunk if that is nearer. */
#define obstack_finish(h) __extension__ ({ \
	struct obstack *__lwb_f = (h); \
	void *__lwb_f_v = __lwb_f->object_base; \
	__UINTPTR_TYPE__ __lwb_f_m = (__UINTPTR_TYPE__)__lwb_f->alignment_mask; \
	__UINTPTR_TYPE__ __lwb_f_a = ((__UINTPTR_TYPE__)__lwb_f->next_free + __lwb_f_m) & ~__lwb_f_m; \
	if (__lwb_f->next_free == __lwb_f->object_base) \
		__lwb_f->maybe_empty_object = 1; \
	__lwb_f->next_free = __lwb_f_a > (__UINTPTR_TYPE__)__lwb_f->chunk_limit \
		? __lwb_f->chunk_limit : (char *)__lwb_f_a; \
	__lwb_f->object_base = __lwb_f->next_free; \
	__lwb_f_v; })

#define obstack_alloc(h, length) __extension__ ({ \
	struct obstack *__lwb_a = (h); \
	__PTRDIFF_TYPE__ __lwb_a_n = (length); \
	if ((__SIZE_TYPE__)__lwb_a_n > (__SIZE_TYPE__)(__lwb_a->chunk_limit - __lwb_a->next_free)) \
		_obstack_newchunk(__lwb_a, __lwb_a_n); \
	__lwb_a->next_free += __lwb_a_n; \
	obstack_finish(__lwb_a); })

#define obstack_copy(h, where, length) __extension__ ({ \
	struct obstack *__lwb_c = (h); \
	const void *__lwb_c_p = (where); \
	__PTRDIFF_TYPE__ __lwb_c_n = (length); \
	if ((__SIZE_TYPE__)__lwb_c_n > (__SIZE_TYPE__)(__lwb_c->chunk_limit - __lwb_c->next_free)) \
		_obstack_newchunk(__lwb_c, __lwb_c_n); \
	__lwb_obstack_memcpy(__lwb_c->next_free, __lwb_c_p, (__SIZE_TYPE__)__lwb_c_n); \
	__lwb_c->next_free += __lwb_c_n; \
	obstack_finish(__lwb_c); })

#define obstack_copy0(h, where, length) __extension__ ({ \
	struct obstack *__lwb_c0 = (h); \
	const void *__lwb_c0_p = (where); \
	__PTRDIFF_TYPE__ __lwb_c0_n = (length); \
	if ((__SIZE_TYPE__)__lwb_c0_n >= (__SIZE_TYPE__)(__lwb_c0->chunk_limit - __lwb_c0->next_free)) \
		_obstack_newchunk(__lwb_c0, __lwb_c0_n < 0 || __lwb_c0_n == __PTRDIFF_MAX__ \
			? (__PTRDIFF_TYPE__)-1 : __lwb_c0_n + 1); \
	__lwb_obstack_memcpy(__lwb_c0->next_free, __lwb_c0_p, (__SIZE_TYPE__)__lwb_c0_n); \
	__lwb_c0->next_free += __lwb_c0_n; \
	*__lwb_c0->next_free++ = 0; \
	obstack_finish(__lwb_c0); })

#else /* not GNU C: the same operations as functions */

#define obstack_object_size(h) __lwb_obstack_object_size(h)
#define obstack_room(h) __lwb_obstack_room(h)
#define obstack_empty_p(h) __lwb_obstack_empty_p(h)
#define obstack_make_room(h, length) __lwb_obstack_make_room((h), (length))
#define obstack_grow(h, where, length) __lwb_obstack_grow((h), (where), (length))
#define obstack_grow0(h, where, length) __lwb_obstack_grow0((h), (where), (length))
#define obstack_1grow(h, c) __lwb_obstack_1grow((h), (c))
#define obstack_ptr_grow(h, datum) __lwb_obstack_ptr_grow((h), (datum))
#define obstack_int_grow(h, datum) __lwb_obstack_int_grow((h), (datum))
#define obstack_ptr_grow_fast(h, datum) __lwb_obstack_ptr_grow_fast((h), (datum))
#define obstack_int_grow_fast(h, datum) __lwb_obstack_int_grow_fast((h), (datum))
#define obstack_blank(h, length) __lwb_obstack_blank((h), (length))
#define obstack_finish(h) __lwb_obstack_finish(h)
#define obstack_alloc(h, length) __lwb_obstack_alloc((h), (length))
#define obstack_copy(h, where, length) __lwb_obstack_copy((h), (where), (length))
#define obstack_copy0(h, where, length) __lwb_obstack_copy0((h), (where), (length))

#endif

#ifdef __cplusplus
}
#endif

#endif
