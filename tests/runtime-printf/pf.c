#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "pf.h"

int (*volatile pf_printf)(const char *, ...) = printf;
int (*volatile pf_fprintf)(FILE *, const char *, ...) = fprintf;
int (*volatile pf_sprintf)(char *, const char *, ...) = sprintf;
int (*volatile pf_snprintf)(char *, size_t, const char *, ...) = snprintf;
int (*volatile pf_dprintf)(int, const char *, ...) = dprintf;
int (*volatile pf_asprintf)(char **, const char *, ...) = asprintf;
int (*volatile pf_vfprintf)(FILE *, const char *, va_list) = vfprintf;
static int (*volatile pf_vprintf)(const char *, va_list) = vprintf;
static int (*volatile pf_vsprintf)(char *, const char *, va_list) = vsprintf;
static int (*volatile pf_vsnprintf)(char *, size_t, const char *, va_list) = vsnprintf;
static int (*volatile pf_vdprintf)(int, const char *, va_list) = vdprintf;
static int (*volatile pf_vasprintf)(char **, const char *, va_list) = vasprintf;

#define CANARY 1234

void pf_begin(struct pf_run *r, const char *where, const char *fmt, const char *want, size_t want_len, int want_ret)
{
	r->where = where;
	r->fmt = fmt;
	r->want = want;
	r->want_len = want_len;
	r->want_ret = want_ret;
	r->f = tmpfile();
	ck_assert(r->f);
	r->fd = fileno(r->f);
	r->saved_stdout = -1;
	errno = CANARY;
}

static void check(struct pf_run *r, const char *name, int ret, const char *out, size_t len)
{
	int e = errno;

	ck_assert_msg(ret == r->want_ret, "%s: %s(\"%s\") returned %d, want %d (errno %d)",
		r->where, name, r->fmt, ret, r->want_ret, e);
	if (ret < 0)
		return;
	ck_assert_msg(e == CANARY, "%s: %s(\"%s\") changed errno to %d", r->where, name, r->fmt, e);
	ck_assert_msg(len == r->want_len && !memcmp(out, r->want, len),
		"%s: %s(\"%s\") printed \"%.*s\" (%zu bytes), want \"%s\"",
		r->where, name, r->fmt, (int)len, out, len, r->want);
	errno = CANARY;
}

void pf_check_buf(struct pf_run *r, const char *name, int ret, const char *buf)
{
	check(r, name, ret, buf, ret >= 0 ? (size_t)ret : 0);
	if (ret >= 0)
		ck_assert_msg(buf[ret] == 0, "%s: %s(\"%s\") left no NUL", r->where, name, r->fmt);
}

/* Reads back and empties what went to r->fd (tmpfile) since the last look. */
void pf_check_file(struct pf_run *r, const char *name, int ret)
{
	char got[1024];
	ssize_t n;
	int e = errno;

	if (r->saved_stdout >= 0) {
		fflush(stdout);
		dup2(r->saved_stdout, 1);
		close(r->saved_stdout);
		r->saved_stdout = -1;
	}
	fflush(r->f);
	n = pread(r->fd, got, sizeof got, 0);
	ck_assert(n >= 0);
	ck_assert(ftruncate(r->fd, 0) == 0);
	rewind(r->f);
	lseek(r->fd, 0, SEEK_SET);
	errno = e;
	check(r, name, ret, got, n);
}

void pf_to_stdout(struct pf_run *r)
{
	fflush(stdout);
	r->saved_stdout = dup(1);
	ck_assert(r->saved_stdout >= 0);
	ck_assert(dup2(r->fd, 1) == 1);
	errno = CANARY;
}


/* The v-forms, each given a fresh va_list of the same arguments; and
 * vsnprintf into every shorter buffer, which must hold the output's
 * beginning and return its whole length. */
void pf_check_v(struct pf_run *r, ...)
{
	static const char *names[] = { "vsnprintf", "vsprintf", "vasprintf", "vfprintf", "vdprintf", "vprintf" };
	char buf[1024], *s = NULL;
	va_list ap;

	for (int which = 0; which < 6; which++) {
		int n;

		if (which == 5)
			pf_to_stdout(r);
		errno = CANARY;
		va_start(ap, r);
		switch (which) {
		case 0: n = pf_vsnprintf(buf, sizeof buf, r->fmt, ap); break;
		case 1: n = pf_vsprintf(buf, r->fmt, ap); break;
		case 2: n = pf_vasprintf(&s, r->fmt, ap); break;
		case 3: n = pf_vfprintf(r->f, r->fmt, ap); break;
		case 4: n = pf_vdprintf(r->fd, r->fmt, ap); break;
		default: n = pf_vprintf(r->fmt, ap); break;
		}
		va_end(ap);
		if (which < 3)
			pf_check_buf(r, names[which], n, which == 2 ? s : buf);
		else
			pf_check_file(r, names[which], n);
		if (which == 2 && n >= 0)
			free(s);
	}
	for (size_t size = 0; r->want_ret >= 0 && size <= r->want_len; size++) {
		char small[1024];
		int n;

		memset(small, 'X', sizeof small);
		va_start(ap, r);
		errno = CANARY;
		n = pf_vsnprintf(size ? small : NULL, size, r->fmt, ap);
		va_end(ap);
		ck_assert_msg(n == r->want_ret, "%s: vsnprintf(%zu, \"%s\") returned %d", r->where, size, r->fmt, n);
		if (size) {
			ck_assert_msg(!memcmp(small, r->want, size - 1) && small[size - 1] == 0,
				"%s: vsnprintf(%zu, \"%s\") stored \"%.*s\"", r->where, size, r->fmt, (int)size, small);
		}
		ck_assert_msg(small[size] == 'X', "%s: vsnprintf(%zu) wrote past the end", r->where, size);
	}
	fclose(r->f);
}
