#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cwd.h"

/* Symbolic links followed in one resolution, as glibc counts them. */
#define MAXLINKS 40

/* The resolved prefix: an absolute path without a trailing slash, "" for
 * the root. */
struct path {
	char *s;
	size_t len, cap;
};

static int append(struct path *p, const char *name, size_t len)
{
	if (p->len + len + 2 > p->cap) {
		size_t cap = (p->len + len + 2) * 2;
		char *s = realloc(p->s, cap);
		if (!s)
			return -1;
		p->s = s;
		p->cap = cap;
	}
	p->s[p->len++] = '/';
	memcpy(p->s + p->len, name, len);
	p->len += len;
	p->s[p->len] = 0;
	return 0;
}

static void drop_last(struct path *p)
{
	while (p->len && p->s[--p->len] != '/')
		;
	p->s[p->len] = 0;
}

/* The target of the link at path, malloc'd, followed by rest. */
static char *expand_link(const char *path, off_t size, const char *rest)
{
	size_t cap = size > 0 ? (size_t)size + 1 : 256, restlen = strlen(rest);
	char *buf = NULL, *nbuf;
	ssize_t n;

	for (;;) {
		if (!(nbuf = realloc(buf, cap + restlen + 1)))
			goto fail;
		buf = nbuf;
		if ((n = readlink(path, buf, cap)) < 0)
			goto fail;
		if ((size_t)n < cap)
			break;
		cap *= 2;
	}
	memcpy(buf + n, rest, restlen + 1);
	return buf;
fail:
	free(buf);
	return NULL;
}

/* glibc's realpath(name, NULL): each component is looked up on the path
 * resolved so far, so "." and ".." after it are taken off by name, and a
 * path too long for the kernel fails there with ENAMETOOLONG; the working
 * directory itself may be longer than PATH_MAX. musl's realpath differs:
 * it keeps a leading "//" and limits every path to PATH_MAX. */
char *canonicalize_file_name(const char *name)
{
	struct path out = {0};
	char *todo = NULL, *next;
	const char *p, *end;
	struct stat st;
	int links = 0, saved;

	/* glibc declares name nonnull, yet answers NULL with EINVAL; built
	 * against glibc's header (the sanitizer configuration), the compiler
	 * would take the test for dead. */
	if (!(const void *)(uintptr_t)name) {
		errno = EINVAL;
		return NULL;
	}
	if (!*name) {
		errno = ENOENT;
		return NULL;
	}
	if (name[0] != '/') {
		if (!(out.s = __lwb_getcwd_any()))
			return NULL;
		out.len = strlen(out.s);
		out.cap = out.len + 1;
		if (out.len == 1)
			out.len = 0, out.s[0] = 0;
	} else if (!(out.s = calloc(1, out.cap = 64))) {
		return NULL;
	}
	if (!(todo = strdup(name)))
		goto fail;
	for (p = todo; *p; p = end) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		end = p + strcspn(p, "/");
		if (end - p == 1 && p[0] == '.')
			continue;
		if (end - p == 2 && p[0] == '.' && p[1] == '.') {
			drop_last(&out);
			continue;
		}
		if (append(&out, p, (size_t)(end - p)) || lstat(out.s, &st))
			goto fail;
		if (S_ISLNK(st.st_mode)) {
			if (++links > MAXLINKS) {
				errno = ELOOP;
				goto fail;
			}
			if (!(next = expand_link(out.s, st.st_size, end)))
				goto fail;
			free(todo);
			todo = next;
			end = todo;
			if (todo[0] == '/')
				out.len = 0, out.s[0] = 0;
			else
				drop_last(&out);
		} else if (*end && !S_ISDIR(st.st_mode)) {
			errno = ENOTDIR;
			goto fail;
		}
	}
	free(todo);
	if (!out.len) {
		out.s[0] = '/';
		out.s[1] = 0;
	}
	return out.s;
fail:
	saved = errno;
	free(todo);
	free(out.s);
	errno = saved;
	return NULL;
}
