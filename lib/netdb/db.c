#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "db.h"

/* musl's stdio reads 1 KiB at a time, a quarter of what glibc reads from
 * these files: with 8 KiB, a 20000-entry /etc/services takes 100 read()
 * calls instead of 650 (glibc: 166). */
#define IOBUF_SIZE 8192

int __lwb_stream_open(struct __lwb_stream *s, const struct __lwb_dbtype *t)
{
	s->f = fopen(t->path, "re");
	s->pending = 0;
	if (!s->f)
		return -1;
	/* Without the memory, the default buffer does. */
	if ((s->iobuf = malloc(IOBUF_SIZE)))
		setvbuf(s->f, s->iobuf, _IOFBF, IOBUF_SIZE);
	return 0;
}

void __lwb_stream_close(struct __lwb_stream *s)
{
	if (s->f)
		fclose(s->f);
	free(s->iobuf);
	free(s->line.raw);
	memset(s, 0, sizeof *s);
}

/* 0, or -1 at the end of the file (or on a read error, which glibc also
 * takes for the end), or ENOMEM. */
static int read_line(struct __lwb_stream *s)
{
	struct __lwb_line *l = &s->line;
	ssize_t n = getline(&l->raw, &l->cap, s->f);

	if (n < 0)
		return ferror(s->f) && errno == ENOMEM ? ENOMEM : -1;
	l->nread = (size_t)n;
	return 0;
}

/* Parses the line's content: up to its first NUL, '#' or newline. */
static int parse_line(struct __lwb_stream *s, const struct __lwb_dbtype *t)
{
	struct __lwb_line *l = &s->line;
	char *hash;

	l->len = strlen(l->raw);
	if (l->len && l->raw[l->len - 1] == '\n')
		l->raw[l->len - 1] = 0;
	if ((hash = memchr(l->raw, '#', l->len)))
		*hash = 0;
	memset(&s->ent, 0, sizeof s->ent);
	return t->parse(l->raw, &s->ent) ? -1 : 1;
}

/* The buffer glibc needs for an entry: what it reserves, the line as read
 * up to its first NUL (newline and comment included) and a NUL, aligned
 * for pointers, then room for the aliases, the terminating NULL and one
 * pointer more. Measured on glibc 2.36 at every alignment of the buffer;
 * the layout below (pointer arrays first) always fits in it. */
static size_t glibc_need(const char *buf, size_t reserve, size_t linelen, size_t naliases)
{
	const uintptr_t a = _Alignof(char *);
	uintptr_t start = (uintptr_t)buf;
	uintptr_t end = start + reserve + linelen + 1;

	end = (end + a - 1) / a * a;
	return end - start + (naliases + 2) * sizeof(char *);
}

/* glibc reads a line into the caller's buffer (after what it reserves) and
 * needs room for it, its newline, a NUL and one byte more; and at least 3
 * bytes before it reads at all, also at the end of the file. */
int __lwb_stream_next(struct __lwb_stream *s, const struct __lwb_dbtype *t,
	struct __lwb_ent *e, const char *buf, size_t buflen)
{
	for (;;) {
		if (buflen < t->reserve + 3)
			return ERANGE;
		if (!s->pending) {
			int r = read_line(s);

			if (r)
				return r < 0 ? ENOENT : r;
			s->pending = 1;
			s->parsed = 0;
		}
		if (buflen - t->reserve < s->line.nread + 2)
			return ERANGE;
		if (!s->parsed)
			s->parsed = parse_line(s, t);
		if (s->parsed < 0) {
			s->pending = 0;
			continue;
		}
		if (t->laid_out && buflen < glibc_need(buf, t->reserve, s->line.len, s->ent.naliases))
			return ERANGE;
		s->pending = 0;
		*e = s->ent;
		return 0;
	}
}

void __lwb_db_set(struct __lwb_db *db)
{
	pthread_mutex_lock(&db->lock);
	if (db->s.f) {
		rewind(db->s.f);
		db->s.pending = 0;
	} else {
		/* As glibc, a missing file shows in errno here. */
		__lwb_stream_open(&db->s, db->type);
	}
	pthread_mutex_unlock(&db->lock);
}

void __lwb_db_end(struct __lwb_db *db)
{
	pthread_mutex_lock(&db->lock);
	__lwb_stream_close(&db->s);
	pthread_mutex_unlock(&db->lock);
}

int __lwb_db_get(struct __lwb_db *db, struct __lwb_ent *e, const char *buf,
	size_t buflen, int (*fill)(const struct __lwb_ent *, void *, char *, size_t),
	void *result)
{
	int saved = errno, r;

	pthread_mutex_lock(&db->lock);
	if (!db->s.f && __lwb_stream_open(&db->s, db->type)) {
		r = -1;
	} else {
		r = __lwb_stream_next(&db->s, db->type, e, buf, buflen);
		if (r == 0) {
			/* Cannot fail where glibc_need() fits; if it did, the
			 * entry stays for the retry. */
			r = fill(e, result, (char *)buf, buflen);
			if (r)
				db->s.pending = 1;
		}
	}
	pthread_mutex_unlock(&db->lock);
	/* The end of the file and a missing file leave errno alone. */
	errno = r > 0 && r != ENOENT ? r : saved;
	return r;
}

int __lwb_db_find(const struct __lwb_dbtype *t, int (*match)(const struct __lwb_ent *, const void *),
	const void *key, const char *buf, size_t buflen,
	int (*fill)(const struct __lwb_ent *, void *, char *, size_t), void *result,
	int *found)
{
	struct __lwb_stream s = { 0 };
	struct __lwb_ent e;
	int r;

	*found = 0;
	if (__lwb_stream_open(&s, t))
		return errno;
	while ((r = __lwb_stream_next(&s, t, &e, buf, buflen)) == 0) {
		if (match(&e, key)) {
			r = fill(&e, result, (char *)buf, buflen);
			*found = !r;
			break;
		}
	}
	__lwb_stream_close(&s);
	if (r == ENOENT)
		r = 0;
	errno = r;
	return r;
}

int __lwb_is_space(int c)
{
	/* isspace() in the C locale, which glibc's parsers use whatever the
	 * program's locale. */
	return c == ' ' || (unsigned)c - '\t' < 5;
}

char *__lwb_skip_space(char *p)
{
	while (__lwb_is_space(*p))
		p++;
	return p;
}

char *__lwb_netdb_field(char **p)
{
	char *start = *p, *q = start;

	while (*q && !__lwb_is_space(*q))
		q++;
	if (*q)
		*q++ = 0;
	*p = __lwb_skip_space(q);
	return start;
}

size_t __lwb_cut_aliases(char *p)
{
	size_t n = 0;

	for (p = __lwb_skip_space(p); *p; n++)
		__lwb_netdb_field(&p);
	return n;
}

const char *__lwb_next_alias(const char *a)
{
	return __lwb_skip_space((char *)a + strlen(a) + 1);
}

int __lwb_names_match(const struct __lwb_ent *e, const char *name,
	int (*cmp)(const char *, const char *))
{
	const char *a = e->aliases;

	if (!cmp(e->name, name))
		return 1;
	/* No step past the last alias: its NUL may end the line's memory. */
	for (size_t i = 0; i < e->naliases; i++) {
		if (i)
			a = __lwb_next_alias(a);
		if (!cmp(a, name))
			return 1;
	}
	return 0;
}

char **__lwb_buf_ptrs(struct __lwb_buf *b, size_t n)
{
	const uintptr_t a = _Alignof(char *);
	uintptr_t p = ((uintptr_t)b->p + a - 1) / a * a;

	if (p > (uintptr_t)b->end || n > ((uintptr_t)b->end - p) / sizeof(char *))
		return NULL;
	b->p = (char *)p + n * sizeof(char *);
	return (char **)p;
}

/* Byte by byte: the strings are short, and musl's memcpy is slow to start
 * (rep movsq); with strlen and memcpy, enumerating /etc/services spent
 * 45% of its time in memcpy. */
char *__lwb_buf_str(struct __lwb_buf *b, const char *s)
{
	char *start = b->p, *p = start;

	for (; p < b->end; p++, s++)
		if (!(*p = *s)) {
			b->p = p + 1;
			return start;
		}
	return NULL;
}

char **__lwb_buf_aliases(struct __lwb_buf *b, const struct __lwb_ent *e)
{
	char **v = __lwb_buf_ptrs(b, e->naliases + 1);
	const char *a = e->aliases;
	size_t i;

	if (!v)
		return NULL;
	for (i = 0; i < e->naliases; i++) {
		if (i)
			a = __lwb_next_alias(a);
		if (!(v[i] = __lwb_buf_str(b, a)))
			return NULL;
	}
	v[i] = NULL;
	return v;
}

int __lwb_static_grow(struct __lwb_static *s)
{
	size_t size = s->p ? 2 * s->size : 1024;
	char *p = size > s->size ? realloc(s->p, size) : NULL;

	if (!p) {
		errno = ENOMEM;
		return -1;
	}
	s->p = p;
	s->size = size;
	return 0;
}

int __lwb_parse_numbered(char *p, struct __lwb_ent *e)
{
	unsigned long long n;
	char *end;
	int saved = errno;

	p = __lwb_skip_space(p);
	e->name = __lwb_netdb_field(&p);
	if (!*p)
		return -1;
	n = strtoull(p, &end, 10);
	errno = saved;
	if (end == p || (*end && !__lwb_is_space(*end)) || n > 0xffffffff)
		return -1;
	p = __lwb_skip_space(end);
	e->num = n;
	e->aliases = p;
	e->naliases = __lwb_cut_aliases(p);
	return 0;
}
