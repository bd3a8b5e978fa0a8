#include <stdlib.h>
#include "lwbtest.h"
#include "recorder.h"

struct recorder rec;

void rec_reset(void)
{
	for (int i = 0; i < rec.allocs; i++) {
		int freed = 0;

		for (int j = 0; j < rec.frees; j++)
			freed |= rec.freed[j] == i;
		if (!freed && rec.chunks[i])
			free(rec.chunks[i] - rec.offset);
	}
	rec = (struct recorder){ 0 };
}

void *rec_alloc(long size)
{
	char *p = NULL;

	ck_assert(rec.allocs < REC_MAX);
	if (size >= 0 && (!rec.limit || size <= rec.limit))
		p = malloc((size_t)size + (size_t)rec.offset);
	if (p)
		p += rec.offset;
	rec.sizes[rec.allocs] = size;
	rec.chunks[rec.allocs++] = p;
	return p;
}

void rec_free(void *chunk)
{
	int i = rec_chunk(chunk);

	ck_assert_msg(i >= 0, "free of a chunk never handed out");
	ck_assert(rec.frees < REC_MAX);
	rec.freed[rec.frees++] = i;
	free((char *)chunk - rec.offset);
}

void *rec_alloc_arg(void *arg, long size)
{
	rec.last_arg = arg;
	return rec_alloc(size);
}

void rec_free_arg(void *arg, void *chunk)
{
	rec.last_arg = arg;
	rec_free(chunk);
}

int rec_chunk(const void *chunk)
{
	for (int i = 0; i < rec.allocs; i++)
		if (rec.chunks[i] == chunk)
			return i;
	return -1;
}
