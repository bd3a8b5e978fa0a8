/*
 * A chunk allocator that records what the obstack asks for, so tests can
 * state glibc's chunk sizes and frees as data. It can hand out addresses
 * that are off by a few bytes (to see alignment done on addresses) and
 * refuse requests above a limit (to reach the failure handler).
 */
#ifndef RECORDER_H
#define RECORDER_H

#include <stddef.h>

#define REC_MAX 256

struct recorder {
	long sizes[REC_MAX];	/* requested sizes, in order */
	char *chunks[REC_MAX];	/* what each request returned */
	int allocs;
	int freed[REC_MAX];	/* indices into chunks[], in order of freeing */
	int frees;
	int offset;		/* add this to every address handed out
				 * (a multiple of 8: the chunk header holds
				 * pointers) */
	long limit;		/* refuse requests above this (0: none) */
	void *last_arg;		/* the extra argument of the last call */
};

extern struct recorder rec;

void rec_reset(void);
void *rec_alloc(long size);
void rec_free(void *chunk);
void *rec_alloc_arg(void *arg, long size);
void rec_free_arg(void *arg, void *chunk);
/* Index of a chunk handed out, -1 if unknown. */
int rec_chunk(const void *chunk);

#endif
