/* Internal to the account database modules: reading lines of the colon
 * files the way glibc's files backend does. */
#ifndef LWB_GSHADOW_FILES_H
#define LWB_GSHADOW_FILES_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>
#include "../dbfile.h"
#include "../lwb.h"

/* Reads the next line that is neither blank nor a comment into buf and
 * returns it (past its leading white space), NULL-terminated with its
 * newline kept. *err is 0, ENOENT at the end of the file or ERANGE when
 * buflen cannot hold the line (the stream is then put back at its start,
 * so a retry with a larger buffer reads it again). *len is how many bytes
 * the line took in the stream, for __lwb_unread. */
LWB_HIDDEN char *__lwb_next_line(FILE *f, char *buf, size_t buflen, int *err,
	size_t *len);

/* Puts the stream back by len bytes, at the start of a line that did not
 * fit. Relative, so that reading needs no seek (ftello is a system call
 * on musl). */
LWB_HIDDEN void __lwb_unread(FILE *f, size_t len);

/* Where the pointer arrays of a record go: past the NUL ending the text
 * that starts at text, aligned for char *. Returns the number of pointers
 * that fit between there and buf + buflen. */
LWB_HIDDEN size_t __lwb_pointer_room(char *text, char *buf, size_t buflen,
	char ***area);

/* Splits a comma-separated list in place: white space at the start of an
 * element is skipped, elements left empty are dropped. Returns how many
 * elements there are; when room (the pointers v has) holds them and their
 * NULL, they are stored in v. */
LWB_HIDDEN size_t __lwb_split_list(char *s, char **v, size_t room);

/* The next ':'-separated field of *s, NUL-terminated in place; *s moves
 * past the ':' or to the end. */
LWB_HIDDEN char *__lwb_field(char **s);

/* A uid or gid field, taken from *s like __lwb_field. As glibc reads
 * them: strtoul's syntax in base 10 (white space and a sign first are
 * accepted), the whole field, at most 2^32 - 1. Empty is an error, except
 * in a NIS compat entry when a ':' follows (then 0). Returns 0 or -1. */
LWB_HIDDEN int __lwb_id_field(char **s, int nis, unsigned *id);

/* Whether a line's first field names a NIS compat entry (+name, -name). */
#define LWB_NIS(line) ((line)[0] == '+' || (line)[0] == '-')

/* For the functions that return a record in a buffer of their own: calls
 * get(ctx, buf, size) with *buf grown (from 1024 bytes, doubling) until
 * it stops failing with ERANGE, and returns its last result (ENOMEM with
 * errno set when the buffer cannot grow). */
LWB_HIDDEN int __lwb_grow_call(char **buf, size_t *size,
	int (*get)(const void *ctx, char *buf, size_t size), const void *ctx);

/* What put*ent return after writing a record: 0 when r (their last stdio
 * result) is not negative, otherwise -1 with errno (EBADF when stdio set
 * none). Callers set errno to 0 before writing. */
LWB_HIDDEN int __lwb_put_result(int r);

/* Whether s may be written as a field: no ':' or '\n', nor ',' when
 * list is set. NULL is fine (written empty). */
LWB_HIDDEN int __lwb_valid_field(const char *s, int list);

#endif
