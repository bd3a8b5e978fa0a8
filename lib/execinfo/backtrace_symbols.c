#define _GNU_SOURCE
#include <errno.h>
#include <execinfo.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "frame.h"

static size_t put(char *out, size_t at, const char *s, size_t len)
{
	if (out)
		memcpy(out + at, s, len);
	return at + len;
}

/* One line in glibc's format for this function, which prints with
 * "%#tx" and "%p": an offset of 0 is "+0", address 0 is "(nil)". Returns
 * its length; writes it (without a terminator) when out is not NULL. */
static size_t line(char *out, void *addr, const struct __lwb_frame *f)
{
	char hex[16];
	size_t n = 0;

	if (f->object) {
		n = put(out, n, f->object, strlen(f->object));
		n = put(out, n, "(", 1);
		if (f->symbol)
			n = put(out, n, f->symbol, strlen(f->symbol));
		if (f->has_offset && f->offset)
			n = put(out, n, "+0x", 3);
		else if (f->has_offset)
			n = put(out, n, "+", 1);
		if (f->has_offset)
			n = put(out, n, hex, __lwb_hex(hex, f->offset));
		n = put(out, n, ") ", 2);
	}
	n = put(out, n, addr ? "[0x" : "[(nil)", addr ? 3 : 6);
	if (addr)
		n = put(out, n, hex, __lwb_hex(hex, (uintptr_t)addr));
	return put(out, n, "]", 1);
}

/* The array and its strings are one block from malloc: the caller frees
 * the array only. Each address is described once, so that the lengths
 * measured are the lengths written. */
char **backtrace_symbols(void *const *buffer, int size)
{
	struct __lwb_frame *frames;
	size_t total, at = 0;
	char **lines = 0;
	char *text;

	if (size < 0 || (size_t)size > SIZE_MAX / sizeof *frames) {
		errno = ENOMEM;
		return 0;
	}
	frames = malloc(size ? (size_t)size * sizeof *frames : 1);
	if (!frames)
		return 0;
	total = (size_t)size * sizeof *lines;
	for (int i = 0; i < size; i++) {
		size_t len;

		__lwb_describe(buffer[i], &frames[i]);
		len = line(0, buffer[i], &frames[i]) + 1;
		if (len > SIZE_MAX - total) {
			errno = ENOMEM;
			goto out;
		}
		total += len;
	}
	lines = malloc(total ? total : 1);
	if (!lines)
		goto out;
	text = (char *)(lines + size);
	for (int i = 0; i < size; i++) {
		lines[i] = text + at;
		at += line(text + at, buffer[i], &frames[i]);
		text[at++] = 0;
	}
out:
	free(frames);
	return lines;
}
