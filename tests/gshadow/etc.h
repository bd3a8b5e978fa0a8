/*
 * Helpers for the account database suites: fixture files over /etc in a
 * private mount namespace, and traces compared with an expected file.
 * Plain POSIX only, like tests/common: every program is also built for
 * glibc.
 */
#ifndef ACCT_ETC_H
#define ACCT_ETC_H

#include <stddef.h>
#include <stdio.h>

/* Whether a forked child can get a private mount namespace. */
int acct_namespaces_available(void);

/* $LWBT_SRCDIR/fixtures/name, or NULL for NULL; the caller frees. */
char *acct_fixture(const char *name);

/* In a private mount namespace, /etc/<db> becomes the fixture file
 * (absent for NULL) and /etc/nsswitch.conf names only the files
 * backend. Fails the test on error. */
void acct_etc(const char *db, const char *fixture_path);

/* A trace: text appended with acct_printf, values escaped with
 * acct_str. */
struct acct_trace {
	char *text;
	size_t len;
	FILE *f;
};
void acct_trace_open(struct acct_trace *t);
void acct_printf(struct acct_trace *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* s quoted, with bytes outside printable ASCII as \xHH; NULL as (null). */
void acct_str(struct acct_trace *t, const char *s);
/* Fails the test unless the trace equals $LWBT_SRCDIR/expected/name.
 * With ACCT_WRITE_EXPECTED=1 in the environment, writes the file
 * instead (how the expected files were made from glibc's output). */
void acct_expect(struct acct_trace *t, const char *name);

/* One call of an _r function, at buffer size n: returns its result and
 * sets *state to what it left in its result pointer: 'S' the record, 'N'
 * NULL, 'U' untouched. print writes the record of the last call (or " -"),
 * ending the line. */
struct acct_call {
	int (*call)(struct acct_call *c, char *buf, size_t n, char *state);
	void (*print)(struct acct_call *c, struct acct_trace *t);
	const char *name;
	FILE *f;
	size_t from;	/* the first size tried (usually 0) */
};

/* Buffers up to this size are tried. */
#define ACCT_MAXBUF (1 << 20)

/* Traces the call at the smallest buffer size it accepts (searched
 * upward from c->from: every size up to 1024, then every seventh). The calls with
 * smaller buffers are summed up as runs of what they left in the result
 * pointer and in errno (E for ERANGE, o for anything else): glibc does
 * not always clear the result. Returns whether a record came back. */
int acct_smallest(struct acct_trace *t, const char *what, struct acct_call *c, char *buf);

/* Writes len bytes to a new temporary file; returns its path (free it,
 * unlink it). */
char *acct_temp_file(const char *text, size_t len);

#endif
