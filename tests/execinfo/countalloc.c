/* Counting allocations (see bttest.h). Allocations are counted by
 * replacing malloc in the test program (glibc and musl both allow that)
 * with a small bump allocator; under AddressSanitizer, which owns malloc,
 * through its allocation hooks instead. */
#define _GNU_SOURCE
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "bttest.h"

static atomic_int counting;
static atomic_long allocations;

#if BT_ASAN
#include <sanitizer/allocator_interface.h>

static void on_malloc(const volatile void *p, size_t n)
{
	(void)p;
	(void)n;
	if (atomic_load(&counting))
		atomic_fetch_add(&allocations, 1);
}

static void on_free(const volatile void *p)
{
	(void)p;
}

static void install(void)
{
	static atomic_int done;

	if (!atomic_exchange(&done, 1))
		__sanitizer_install_malloc_and_free_hooks(on_malloc, on_free);
}
#else
/* Never reuses memory: this program allocates little. */
static _Alignas(64) unsigned char arena[64 << 20];
static atomic_size_t used;

static void *take(size_t size, size_t align)
{
	size_t header = align > 16 ? align : 16;
	size_t start, want;

	if (size > sizeof arena)
		return NULL;
	want = (size + header + 15) & ~(size_t)15;
	start = atomic_fetch_add(&used, want + align);
	if (start + want + align > sizeof arena)
		return NULL;
	start = (start + header + align - 1) & ~(align - 1);
	memcpy(arena + start - sizeof size, &size, sizeof size);
	if (atomic_load(&counting))
		atomic_fetch_add(&allocations, 1);
	return arena + start;
}

static size_t size_of(void *p)
{
	size_t size;

	memcpy(&size, (unsigned char *)p - sizeof size, sizeof size);
	return size;
}

void *malloc(size_t size)
{
	return take(size, 16);
}

/* Counted, not empty: clang 14 takes the code after a call to an empty
 * free for unreachable. */
static atomic_long frees;

void free(void *p)
{
	if (p)
		atomic_fetch_add(&frees, 1);
}

void *calloc(size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		return NULL;
	return take(n * size, 16);	/* the arena is never reused: zero */
}

void *realloc(void *p, size_t size)
{
	void *q = take(size, 16);

	if (p && q)
		memcpy(q, p, size_of(p) < size ? size_of(p) : size);
	return q;
}

void *aligned_alloc(size_t align, size_t size)
{
	return take(size, align < 16 ? 16 : align);
}

int posix_memalign(void **out, size_t align, size_t size)
{
	void *p = take(size, align < 16 ? 16 : align);

	if (!p)
		return 12;	/* ENOMEM */
	*out = p;
	return 0;
}

void *memalign(size_t align, size_t size)
{
	return take(size, align < 16 ? 16 : align);
}

size_t malloc_usable_size(void *p)
{
	return p ? size_of(p) : 0;
}

static void install(void)
{
}
#endif

void bt_count_start(void)
{
	install();
	atomic_store(&allocations, 0);
	atomic_store(&counting, 1);
}

long bt_count_stop(void)
{
	atomic_store(&counting, 0);
	return atomic_load(&allocations);
}
