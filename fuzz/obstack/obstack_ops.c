/*
 * Random sequences of obstack operations, checked against a shadow model.
 *
 * Each input is a program: one byte picks an operation (grow, grow0, 1grow,
 * ptr_grow, int_grow, their fast forms after make_room, blank forward and
 * back, finish, alloc, copy, copy0, printf, free back to an earlier object,
 * a mask or chunk size change), the next bytes its size. Some sizes are
 * huge or negative: those must reach the failure handler (which jumps
 * back) and leave the obstack untouched. After every step the model's
 * current object and every live finished object must match the obstack's
 * bytes, finished objects must be aligned and inside a chunk, and the
 * chunks the allocator holds must be exactly the obstack's. ASan, UBSan and
 * LeakSanitizer watch every write.
 */
#define _GNU_SOURCE
#include <obstack.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_OBJECTS 128
#define MAX_SIZE 70000

struct object {
	char *addr;
	size_t size;
	unsigned char seed;
};

static struct {
	struct object objects[MAX_OBJECTS];
	int count;
	unsigned char current[MAX_SIZE * 2];
	size_t current_size;
	long live_chunks;
	long live_bytes;
} m;

static jmp_buf jump;
static int failed;

static void *chunk_alloc(long size)
{
	void *p;

	if (size < 0 || size > 4 * MAX_SIZE)	/* refuse what the fuzzer cannot afford */
		return NULL;
	p = malloc((size_t)size);
	if (p) {
		m.live_chunks++;
		m.live_bytes += size;
	}
	return p;
}

static void chunk_free(void *p)
{
	struct _obstack_chunk *c = p;

	m.live_chunks--;
	m.live_bytes -= c->limit - (char *)c;
	free(p);
}

#define obstack_chunk_alloc chunk_alloc
#define obstack_chunk_free chunk_free

static void on_failure(void)
{
	failed = 1;
	longjmp(jump, 1);
}

static unsigned char byte_at(unsigned char seed, size_t i)
{
	return (unsigned char)(seed + i * 13 + (i >> 7));
}

/* The current object and the chunks after every step; the finished
 * objects' bytes too when all is set (every few steps and at the end). */
static void check(struct obstack *ob, int all)
{
	long chunks = 0, bytes = 0;

	if (ob->object_base > ob->next_free || ob->next_free > ob->chunk_limit)
		abort();
	if ((size_t)(ob->next_free - ob->object_base) != m.current_size ||
		obstack_object_size(ob) != (unsigned)m.current_size ||
		memcmp(ob->object_base, m.current, m.current_size))
		abort();
	for (int i = 0; all && i < m.count; i++) {
		struct object *o = &m.objects[i];

		for (size_t k = 0; k < o->size; k++)
			if ((unsigned char)o->addr[k] != byte_at(o->seed, k))
				abort();
		if (!_obstack_allocated_p(ob, o->addr))
			abort();
	}
	for (struct _obstack_chunk *c = ob->chunk; c; c = c->prev) {
		chunks++;
		bytes += c->limit - (char *)c;
	}
	if (chunks != m.live_chunks || bytes != m.live_bytes || _obstack_memory_used(ob) != bytes)
		abort();
}

static size_t take_size(const uint8_t **p, const uint8_t *end)
{
	size_t n = 0;

	for (int i = 0; i < 2 && *p < end; i++)
		n = n << 8 | *(*p)++;
	return n % MAX_SIZE;
}

/* Sizes the obstack must refuse, whatever its state. */
static const ptrdiff_t bad_sizes[] = {
	-1, -4096, PTRDIFF_MIN, PTRDIFF_MAX, PTRDIFF_MAX - 50, (ptrdiff_t)(SIZE_MAX / 2 + 3),
};

/* Set once the fuzzer changes the mask: an object begun under the old
 * mask is aligned to that one. */
static int mask_changed;

/* The model's side of finishing an object: addr is what obstack_finish
 * (or obstack_alloc, _copy, _copy0) returned for it. */
static void finished(struct obstack *ob, char *addr, unsigned char seed)
{
	unsigned mask = (unsigned)ob->alignment_mask;

	if (!mask_changed && m.current_size && ((uintptr_t)addr & mask))
		abort();
	if (m.count < MAX_OBJECTS && m.current_size) {
		/* Rewrite it with the object's own pattern, to catch overlap. */
		for (size_t k = 0; k < m.current_size; k++)
			addr[k] = (char)byte_at(seed, k);
		m.objects[m.count++] = (struct object){ addr, m.current_size, seed };
	}
	m.current_size = 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static unsigned char src[MAX_SIZE + 1];
	const uint8_t *p = data, *end = data + size;
	struct obstack ob;
	int begun = 0;

	for (size_t i = 0; i < sizeof src; i++)
		src[i] = (unsigned char)(i * 7 + 3);
	memset(&m, 0, sizeof m);
	mask_changed = 0;
	obstack_alloc_failed_handler = on_failure;
	if (size < 2)
		return 0;
	if (setjmp(jump)) {
		/* The first chunk itself was refused. */
		return 0;
	}
	obstack_begin(&ob, (data[0] % 8) * 512);
	begun = 1;
	p += 2;
	for (int step = 0; p < end; step++) {
		unsigned op = *p++ % 20;
		size_t n = take_size(&p, end);
		ptrdiff_t bad = bad_sizes[n % (sizeof bad_sizes / sizeof *bad_sizes)];
		unsigned char seed = (unsigned char)n;
		size_t before = m.current_size;

		failed = 0;
		if (setjmp(jump)) {
			/* A refused request: nothing may have changed. */
			if (!failed)
				abort();
			check(&ob, 0);
			continue;
		}
		switch (op) {
		case 0:
			obstack_grow(&ob, src, n);
			memcpy(m.current + before, src, n);
			m.current_size += n;
			break;
		case 1:
			obstack_grow0(&ob, src, n % 200);
			memcpy(m.current + before, src, n % 200);
			m.current[before + n % 200] = 0;
			m.current_size += n % 200 + 1;
			break;
		case 2:
			obstack_1grow(&ob, (char)n);
			m.current[m.current_size++] = (unsigned char)n;
			break;
		case 3: {
			void *v = src + n % 100;

			obstack_ptr_grow(&ob, v);
			memcpy(m.current + before, &v, sizeof v);
			m.current_size += sizeof v;
			break;
		}
		case 4: {
			int v = (int)n * 77;

			obstack_int_grow(&ob, v);
			memcpy(m.current + before, &v, sizeof v);
			m.current_size += sizeof v;
			break;
		}
		case 5:
			obstack_make_room(&ob, n % 64 + 2 * sizeof(void *));
			obstack_1grow_fast(&ob, 'f');
			obstack_ptr_grow_fast(&ob, src);
			obstack_int_grow_fast(&ob, 5);
			m.current[m.current_size++] = 'f';
			memcpy(m.current + m.current_size, &(void *){ src }, sizeof(void *));
			m.current_size += sizeof(void *);
			memcpy(m.current + m.current_size, &(int){ 5 }, sizeof(int));
			m.current_size += sizeof(int);
			break;
		case 6:
			/* Blank bytes are the model's too: write them. */
			obstack_blank(&ob, n % 5000);
			memset((char *)obstack_next_free(&ob) - n % 5000, 'b', n % 5000);
			memset(m.current + before, 'b', n % 5000);
			m.current_size += n % 5000;
			break;
		case 7:
			if (n % (before + 1) && before) {
				obstack_blank(&ob, -(ptrdiff_t)(n % (before + 1)));
				m.current_size -= n % (before + 1);
			}
			break;
		case 8:
		case 9:
			finished(&ob, obstack_finish(&ob), seed);
			break;
		case 10: {
			/* These finish the object being built, with theirs. */
			char *a = obstack_alloc(&ob, n % 300);

			if (memcmp(a, m.current, before))
				abort();
			m.current_size += n % 300;
			finished(&ob, a, seed);
			break;
		}
		case 11: {
			char *a = obstack_copy(&ob, src, n);

			if (memcmp(a, m.current, before) || memcmp(a + before, src, n))
				abort();
			m.current_size += n;
			finished(&ob, a, seed);
			break;
		}
		case 12: {
			char *a = obstack_copy0(&ob, src, n % 100);

			if (memcmp(a, m.current, before) || memcmp(a + before, src, n % 100) ||
				a[before + n % 100])
				abort();
			m.current_size += n % 100 + 1;
			finished(&ob, a, seed);
			break;
		}
		case 13: {
			int len = obstack_printf(&ob, "%zu:%*s", n, (int)(n % 3000), "x");
			char buf[3100];

			if (len != snprintf(buf, sizeof buf, "%zu:%*s", n, (int)(n % 3000), "x"))
				abort();
			memcpy(m.current + before, buf, (size_t)len);
			m.current_size += (size_t)len;
			break;
		}
		case 14:
			/* Free back to a finished object: it and everything
			 * after it go; the object being built is dropped. */
			if (m.count) {
				int k = (int)(n % (size_t)m.count);

				obstack_free(&ob, m.objects[k].addr);
				m.count = k;
				m.current_size = 0;
			}
			break;
		case 15:
			obstack_alignment_mask(&ob) = (1 << (n % 7)) - 1;
			mask_changed = 1;
			break;
		case 16:
			obstack_chunk_size(&ob) = (long)(n % 9000);
			break;
		case 17:
			/* Impossible lengths. */
			switch (n % 5) {
			case 0: obstack_grow(&ob, src, bad); break;
			case 1: obstack_blank(&ob, bad); break;
			case 2: obstack_alloc(&ob, bad); break;
			case 3: obstack_copy0(&ob, src, bad); break;
			default: obstack_make_room(&ob, bad); break;
			}
			if (n % 5 == 1 && bad >= -(ptrdiff_t)before && bad <= 0) {
				/* A blank within the object is a real shrink. */
				m.current_size = (size_t)((ptrdiff_t)before + bad);
				break;
			}
			abort();	/* should have failed */
		case 18:
			/* Large but possible, or refused by the allocator. */
			obstack_blank(&ob, (ptrdiff_t)(n * 64));
			memset((char *)obstack_next_free(&ob) - n * 64, 'B', n * 64);
			if (m.current_size + n * 64 <= sizeof m.current) {
				memset(m.current + before, 'B', n * 64);
				m.current_size += n * 64;
			} else {
				obstack_blank(&ob, -(ptrdiff_t)(n * 64));
			}
			break;
		default:
			break;
		}
		if (m.current_size > MAX_SIZE)
			finished(&ob, obstack_finish(&ob), seed);
		check(&ob, step % 16 == 0);
	}
	check(&ob, 1);
	if (begun)
		obstack_free(&ob, NULL);
	if (m.live_chunks || m.live_bytes)
		abort();
	return 0;
}
