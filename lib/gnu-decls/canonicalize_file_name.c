#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cwd.h"

/* Symbolic links followed in one resolution, as glibc counts them. */
#define MAXLINKS 40

/* A string that lives in a caller's PATH_MAX array until it outgrows it. */
struct buf {
	char *s;
	size_t len, cap;
	char *heap;
};

static void buf_init(struct buf *b, char *stack, size_t size)
{
	b->s = stack;
	b->s[0] = 0;
	b->len = 0;
	b->cap = size;
	b->heap = NULL;
}

static int buf_reserve(struct buf *b, size_t size)
{
	char *s;

	if (size <= b->cap)
		return 0;
	if (!(s = malloc(size * 2)))
		return -1;
	memcpy(s, b->s, b->len + 1);
	free(b->heap);
	b->s = b->heap = s;
	b->cap = size * 2;
	return 0;
}

/* Replace the contents with s (which may not point into b). */
static int buf_set(struct buf *b, const char *s, size_t len)
{
	b->len = 0;
	if (buf_reserve(b, len + 1))
		return -1;
	memcpy(b->s, s, len);
	b->s[b->len = len] = 0;
	return 0;
}

/* The resolved prefix is an absolute path without a trailing slash, ""
 * for the root. */
static int append(struct buf *p, const char *name, size_t len)
{
	if (buf_reserve(p, p->len + len + 2))
		return -1;
	p->s[p->len++] = '/';
	memcpy(p->s + p->len, name, len);
	p->len += len;
	p->s[p->len] = 0;
	return 0;
}

static void drop_last(struct buf *p)
{
	while (p->len && p->s[--p->len] != '/')
		;
	p->s[p->len] = 0;
}

/* Whether path is a directory, for a name followed by "/", "." or "..". */
static int is_dir(const char *path)
{
	struct stat st;

	if (stat(path, &st))
		return 0;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return 0;
	}
	return 1;
}

static int start_at_cwd(struct buf *out)
{
	char *cwd;
	int r;

	if (getcwd(out->s, out->cap)) {
		out->len = strlen(out->s);
	} else if (errno == ENAMETOOLONG || errno == ERANGE) {
		if (!(cwd = __lwb_getcwd_long()))
			return -1;
		r = buf_set(out, cwd, strlen(cwd));
		free(cwd);
		if (r)
			return -1;
	} else {
		return -1;
	}
	if (out->len == 1)
		out->s[out->len = 0] = 0;
	return 0;
}

/* glibc's realpath(name, NULL): each component is looked up on the path
 * resolved so far, with readlink (which answers EINVAL at once for what is
 * not a link; a name under something that is not a directory is ENOTDIR),
 * so "." and ".." after it are taken off by name, and a path too long for
 * the kernel fails there with ENAMETOOLONG; the working directory itself
 * may be longer than PATH_MAX. musl's realpath differs: it keeps a leading
 * "//" and limits every path to PATH_MAX. Only the result is allocated,
 * unless a path outgrows PATH_MAX. */
char *canonicalize_file_name(const char *name)
{
	char out_stack[PATH_MAX], todo_stack[PATH_MAX], link[PATH_MAX];
	struct buf out, todo;
	const char *p, *end;
	char *result = NULL, *joined;
	size_t restlen;
	ssize_t n;
	int links = 0, unchecked = 0, saved;

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
	buf_init(&out, out_stack, sizeof out_stack);
	buf_init(&todo, todo_stack, sizeof todo_stack);
	saved = errno;
	if ((name[0] != '/' && start_at_cwd(&out)) || buf_set(&todo, name, strlen(name)))
		goto done;
	for (p = todo.s; *p; p = end) {
		/* The last name needs to be a directory if anything follows;
		 * a name does that check itself, "." and ".." and a final
		 * slash need a look. */
		while (*p == '/')
			p++;
		if (!*p) {
			if (unchecked && !is_dir(out.s))
				goto done;
			break;
		}
		end = p + strcspn(p, "/");
		if ((end - p == 1 && p[0] == '.') || (end - p == 2 && p[0] == '.' && p[1] == '.')) {
			if (unchecked && !is_dir(out.s))
				goto done;
			unchecked = 0;
			if (end - p == 2)
				drop_last(&out);
			continue;
		}
		if (append(&out, p, (size_t)(end - p)))
			goto done;
		if ((n = readlink(out.s, link, sizeof link)) < 0) {
			if (errno != EINVAL)
				goto done;
			unchecked = *end != 0;
			continue;
		}
		if ((size_t)n == sizeof link) {
			errno = ENAMETOOLONG;
			goto done;
		}
		if (++links > MAXLINKS) {
			errno = ELOOP;
			goto done;
		}
		/* The rest of the path now follows the link's target. */
		restlen = strlen(end);
		if ((size_t)n + restlen < sizeof link) {
			memcpy(link + n, end, restlen + 1);
			if (buf_set(&todo, link, (size_t)n + restlen))
				goto done;
		} else {
			if (!(joined = malloc((size_t)n + restlen + 1)))
				goto done;
			memcpy(joined, link, (size_t)n);
			memcpy(joined + n, end, restlen + 1);
			n = buf_set(&todo, joined, (size_t)n + restlen);
			free(joined);
			if (n)
				goto done;
		}
		end = todo.s;
		unchecked = 0;
		if (todo.s[0] == '/')
			out.s[out.len = 0] = 0;
		else
			drop_last(&out);
	}
	if ((result = malloc(out.len ? out.len + 1 : 2))) {
		if (out.len)
			memcpy(result, out.s, out.len + 1);
		else
			strcpy(result, "/");
		errno = saved;
	}
done:
	saved = errno;
	free(out.heap);
	free(todo.heap);
	errno = saved;
	return result;
}
