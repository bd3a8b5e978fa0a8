/*
 * Differential fuzzing of the getopt module against glibc's getopt,
 * getopt_long and getopt_long_only.
 *
 * Built in the sanitizer configuration only (the build machine's glibc):
 * there -Wl,--wrap sends getopt* to libwildebeest and __real_getopt* is
 * glibc's own. Each input describes an option string, a table of long
 * options, an argument vector and the environment; both implementations
 * scan their own copy of the vector (the strings are shared, so optarg can
 * be compared as a pointer) from optind = 0, and the run aborts on any
 * difference in a return value, optind, optarg, optopt, the long index, a
 * flag variable, the bytes written to stderr, or the final order of argv.
 * Some inputs rescan from optind = 1 afterwards, as programs do.
 *
 * Input: byte 0 chooses the function (bits 0-1), POSIXLY_CORRECT (bit 2),
 * opterr = 0 (bit 3), a rescan (bit 4); the rest is split at NUL bytes:
 * the option string, then the long options ("name", ":" or "::" after it
 * for the argument, "@" before those to store into a flag variable; val is
 * the name's last character) separated by ',', then argv[1..].
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int __real_getopt(int, char *const *, const char *);
int __real_getopt_long(int, char *const *, const char *, const struct option *, int *);
int __real_getopt_long_only(int, char *const *, const char *, const struct option *, int *);

#define MAX_ARGS 24
#define MAX_LONG 12
#define MAX_CALLS 80

struct call {
	int ret, optind, optopt, longindex, flag;
	const char *optarg;
};

struct run {
	struct call calls[2 * MAX_CALLS];
	int n;
	char *argv[MAX_ARGS + 2];
	char err[4096];
	ssize_t errlen;
};

static int flags[MAX_LONG];
static int errfd = -1, saved_stderr = -1;

typedef int (*scan_fn)(int, char *const *, const char *, const struct option *, int *);

static int plain_real(int argc, char *const *argv, const char *s, const struct option *l, int *i)
{
	(void)l;
	(void)i;
	return __real_getopt(argc, argv, s);
}

static int plain_ours(int argc, char *const *argv, const char *s, const struct option *l, int *i)
{
	(void)l;
	(void)i;
	return getopt(argc, argv, s);
}

static void scan(scan_fn fn, int argc, char **argv, const char *optstring,
	const struct option *longopts, int rescan, struct run *r)
{
	r->n = 0;
	if (ftruncate(errfd, 0) || lseek(errfd, 0, SEEK_SET))
		abort();
	optind = 0;
	for (int pass = 0; pass < 1 + rescan; pass++) {
		if (pass)
			optind = 1;
		for (int k = 0; k < MAX_CALLS; k++) {
			struct call *c = &r->calls[r->n++];

			memset(flags, 0, sizeof flags);
			c->longindex = -1;
			optarg = (char *)"stale";
			optopt = 12345;
			c->ret = fn(argc, argv, optstring, longopts, &c->longindex);
			c->optind = optind;
			c->optarg = optarg;
			c->optopt = optopt;
			c->flag = 0;
			for (int i = 0; i < MAX_LONG; i++)
				c->flag = c->flag * 3 + flags[i];
			if (c->ret == -1)
				break;
		}
	}
	memcpy(r->argv, argv, sizeof r->argv);
	if (lseek(errfd, 0, SEEK_SET))
		abort();
	r->errlen = read(errfd, r->err, sizeof r->err);
}

static void fail(const char *what, int call, const struct run *g, const struct run *o)
{
	dup2(saved_stderr, 2);
	fprintf(stderr, "getopt differs from glibc: %s (call %d)\n", what, call);
	fprintf(stderr, "glibc stderr: %.*s\nours stderr:  %.*s\n", (int)g->errlen, g->err,
		(int)o->errlen, o->err);
	abort();
}

static struct run theirs, ours;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *stale = "stale";
	char *text, *pieces[MAX_ARGS + 3];
	struct option longopts[MAX_LONG + 1];
	char *names[MAX_LONG];
	char *argv_g[MAX_ARGS + 2], *argv_o[MAX_ARGS + 2];
	int npieces = 0, nlong = 0, argc, mode, rescan;
	scan_fn real, mine;

	if (errfd < 0) {
		errfd = memfd_create("stderr", 0);
		saved_stderr = dup(2);
		if (errfd < 0 || saved_stderr < 0)
			abort();
	}
	if (size < 1 || size > 2048)
		return 0;
	mode = data[0] & 3;
	rescan = (data[0] >> 4) & 1;
	text = malloc(size + 1);
	memcpy(text, data + 1, size - 1);
	text[size - 1] = 0;
	for (char *p = text; npieces < MAX_ARGS + 2 && p <= text + size - 1; p += strlen(p) + 1)
		pieces[npieces++] = p;
	if (npieces < 2) {
		free(text);
		return 0;
	}

	/* The long options: "name[@][:[:]]" separated by ','. */
	for (char *tok = strtok(pieces[1], ","); tok && nlong < MAX_LONG; tok = strtok(NULL, ",")) {
		size_t len = strlen(tok);
		int has_arg = 0, flag = 0;

		while (len && tok[len - 1] == ':' && has_arg < 3)
			tok[--len] = 0, has_arg++;
		if (len && tok[len - 1] == '@')
			tok[--len] = 0, flag = 1;
		names[nlong] = tok;
		longopts[nlong].name = tok;
		longopts[nlong].has_arg = has_arg;
		longopts[nlong].flag = flag ? &flags[nlong] : NULL;
		longopts[nlong].val = len ? (unsigned char)tok[len - 1] : 0;
		nlong++;
	}
	(void)names;
	memset(&longopts[nlong], 0, sizeof longopts[nlong]);

	argc = 1;
	argv_g[0] = (char *)"prog";
	for (int i = 2; i < npieces && argc <= MAX_ARGS; i++)
		argv_g[argc++] = pieces[i];
	argv_g[argc] = NULL;
	memcpy(argv_o, argv_g, sizeof argv_g);

	if (data[0] & 4)
		setenv("POSIXLY_CORRECT", "1", 1);
	else
		unsetenv("POSIXLY_CORRECT");
	opterr = !(data[0] & 8);
	real = mode == 0 ? plain_real : mode == 2 ? __real_getopt_long_only : __real_getopt_long;
	mine = mode == 0 ? plain_ours : mode == 2 ? getopt_long_only : getopt_long;

	if (dup2(errfd, 2) < 0)
		abort();
	scan(real, argc, argv_g, pieces[0], longopts, rescan, &theirs);
	scan(mine, argc, argv_o, pieces[0], longopts, rescan, &ours);
	dup2(saved_stderr, 2);

	if (theirs.n != ours.n)
		fail("number of calls", ours.n, &theirs, &ours);
	for (int i = 0; i < ours.n; i++) {
		const struct call *g = &theirs.calls[i], *o = &ours.calls[i];

		if (g->ret != o->ret)
			fail("return value", i, &theirs, &ours);
		if (g->optind != o->optind)
			fail("optind", i, &theirs, &ours);
		if (g->optarg != o->optarg && !(g->optarg && o->optarg && !strcmp(g->optarg, stale) && !strcmp(o->optarg, stale)))
			fail("optarg", i, &theirs, &ours);
		if (g->optopt != o->optopt)
			fail("optopt", i, &theirs, &ours);
		if (g->longindex != o->longindex)
			fail("long index", i, &theirs, &ours);
		if (g->flag != o->flag)
			fail("flag variable", i, &theirs, &ours);
	}
	if (theirs.errlen != ours.errlen || memcmp(theirs.err, ours.err, (size_t)ours.errlen))
		fail("stderr", ours.n, &theirs, &ours);
	if (memcmp(theirs.argv, ours.argv, sizeof(char *) * (size_t)argc))
		fail("argv order", ours.n, &theirs, &ours);
	free(text);
	return 0;
}
