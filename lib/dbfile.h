/*
 * Opening the files the database modules read (passwd, group, shadow,
 * gshadow, aliases, netgroup). Internal.
 *
 * musl's stdio reads 1 KiB at a time, a quarter of what glibc reads from
 * these files (a 100k-line passwd: 5,750 read() calls against glibc's
 * 1,447), so each stream gets a larger buffer: static storage guarded by
 * the lock of an enumeration, or the caller's stack for a lookup that
 * closes the stream before it returns.
 */
#ifndef LWB_DBFILE_H
#define LWB_DBFILE_H

#include <stddef.h>
#include <stdio.h>

#define LWB_DB_IOBUF 8192

static inline FILE *lwb_db_open(const char *path, char *iobuf, size_t size)
{
	FILE *f = fopen(path, "re");

	if (f)
		setvbuf(f, iobuf, _IOFBF, size);
	return f;
}

#endif
