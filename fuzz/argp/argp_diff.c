/*
 * Differential fuzzing of the argp module against glibc's argp.
 *
 * Built in the sanitizer configuration (the build machine's glibc, clang,
 * libFuzzer), where the module's sources are linked into this program: the
 * public names (argp_parse, argp_help, ...) are libwildebeest's, and glibc's
 * own are reached with dlvsym(RTLD_NEXT). Each input builds a parser tree
 * (options with random names, keys, argument names, flags, groups and
 * documentation; children with headers and groups; args_doc alternatives;
 * help filters), an ARGP_HELP_FMT setting, and either a help request
 * (argp_help with random flags) or an argv vector for argp_parse (always
 * with ARGP_NO_EXIT, so nothing exits). Both implementations run on the
 * same input; every parser call (key, argument, next, arg_num, input),
 * the return value, arg_index and the final argv order must be identical,
 * or the target aborts. With LWB_ARGP_DIFF=all in the environment the help
 * text, stdout and stderr must be identical too: that is the tool that
 * brought the help layout to glibc's, and it still finds the cases listed
 * in the module's notes (glibc's line filler miscounting columns once a
 * line reaches the right margin), so CI runs the first level.
 * ASan, UBSan and LeakSanitizer watch the rest.
 *
 * ARGP_HELP_FMT settings that make glibc print forever (see the module's
 * notes) are left out.
 */
#define _GNU_SOURCE
#include <argp.h>
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct impl {
	error_t (*parse)(const struct argp *, int, char **, unsigned, int *, void *);
	void (*help)(const struct argp *, FILE *, unsigned, char *);
	void (*state_help)(const struct argp_state *, FILE *, unsigned);
	void (*usage)(const struct argp_state *);
	void (*error)(const struct argp_state *, const char *, ...);
	void (*failure)(const struct argp_state *, int, int, const char *, ...);
};

static struct impl lwb, glibc;
static int all_output;
static const struct impl *cur;

static void load(void)
{
	static int done;

	if (done)
		return;
	done = 1;
	lwb = (struct impl){ argp_parse, argp_help, argp_state_help, argp_usage,
		argp_error, argp_failure };
#define SYM(f) dlvsym(RTLD_NEXT, f, "GLIBC_2.2.5")
	glibc.parse = (error_t (*)(const struct argp *, int, char **, unsigned, int *, void *))SYM("argp_parse");
	glibc.help = (void (*)(const struct argp *, FILE *, unsigned, char *))SYM("argp_help");
	glibc.state_help = (void (*)(const struct argp_state *, FILE *, unsigned))SYM("argp_state_help");
	glibc.usage = (void (*)(const struct argp_state *))SYM("argp_usage");
	glibc.error = (void (*)(const struct argp_state *, const char *, ...))SYM("argp_error");
	glibc.failure = (void (*)(const struct argp_state *, int, int, const char *, ...))SYM("argp_failure");
	if (!glibc.parse || !glibc.help || !glibc.error || !glibc.failure || !glibc.usage) {
		fprintf(stderr, "glibc's argp not found\n");
		abort();
	}
}

/* ---- the input, consumed byte by byte ---- */
static const uint8_t *in;
static size_t inlen;

static unsigned take(unsigned n)
{
	unsigned v;

	if (!inlen || !n)
		return 0;
	v = *in++;
	inlen--;
	return v % n;
}

static const char *const names[] = {
	"alpha", "al", "alpha-beta", "beta", "b", "verbose", "version", "help", "usage",
	"output", "out", "quiet", "silent", "x", "Zeta", "zeta", "long-option-name-here",
	"a-very-long-option-name-that-goes-on-and-on", "count", "co", "doc-only", "-weird",
};
static const int keys[] = {
	'a', 'b', 'c', 'o', 'O', 'q', 'v', 'V', 'x', 'Z', '?', '1', '#', 0, 0, 1000, 1001, 300, -5,
};
static const char *const argnames[] = {
	NULL, NULL, "FILE", "N", "SOME-LONG-ARGUMENT-NAME", "X Y",
};
static const char *const docs[] = {
	NULL, "", "Short doc", "Produce verbose output",
	"A rather long piece of documentation that will certainly have to be wrapped onto the next line at the right margin, maybe twice or more.",
	"Two\nlines", "Trailing newline\n", "Tabs\tand  double  spaces  here",
	"Averyveryverylongwordthatcannotbebrokenanywhereatallbecauseithasnospacesinsideitwhatsoever and then more",
	"Group header:", "x", "  leading spaces", "ends with space ",
	"word word word word word word word word word word word word word word word word word word word word",
};
static const char *const argdocs[] = {
	NULL, "FILE", "ARG1 ARG2", "ARG1 ARG2\n-s ARG3", "A\nB\nC", "", "\n", "X\n",
	"SOME VERY LONG ARGUMENT DESCRIPTION THAT GOES PAST THE RIGHT MARGIN FOR SURE YES IT DOES",
};
static const char *const pdocs[] = {
	NULL, "", "Pre doc only.", "Pre doc.\vPost doc.", "\vOnly post doc.",
	"A long pre documentation paragraph that wraps around the right margin of the help output at least once.\vAnd a long post documentation paragraph that also wraps around the right margin at least once or twice.",
	"Pre\n\nwith blank line\v\nPost with leading newline\n", "\v",
};
static const char *const headers[] = { NULL, "", "Child options:", "A very long header line that will need to be wrapped around the right margin somewhere:" };
static const char *const fmts[] = {
	NULL, "", "rmargin=40", "rmargin=60,dup-args", "dup-args", "no-dup-args-note",
	"short-opt-col=4,long-opt-col=10", "opt-doc-col=20", "opt-doc-col=40,rmargin=100",
	"header-col=3", "usage-indent=4", "doc-opt-col=6", "bogus", "rmargin", "dup-args,no-dup-args-note",
	"rmargin=50,,x", "long-opt-col=2", "short-opt-col=0", "opt-doc-col=0", "header-col=0", "usage-indent=30",
	"rmargin=30", " rmargin = 45 ", "rmargin=35x", "9", "no-rmargin", "rmargin=200",
};
static const char *const tokens[] = {
	"-a", "-b", "-ab", "-ax", "-o", "-ofile", "--alpha", "--al", "--alpha=1", "--alp", "--a",
	"--beta", "--b", "--verbose", "--ver", "--v", "x", "y", "--", "-", "-q", "-V", "--version",
	"--help", "--usage", "-?", "--output", "--output=f", "--out", "--o", "-Z", "--zeta", "--Z",
	"--count=3", "--co", "-1", "-#", "--nope", "-alpha", "-al", "-verbose", "-out", "--program-name=p/q",
	"arg:error", "arg:usage", "arg:failure", "arg:unknown", "arg:consume", "arg:reparse", "arg:help",
	"--doc-only", "-c", "-cfoo", "--x=", "--=", "---", "-v", "-O", "-Ofile",
};

struct tree {
	struct argp_option opts[3][12];
	struct argp argps[3];
	struct argp_child kids[2][3];
	unsigned flags;
	int with_version;
	char *argv[16];
	int argc;
	unsigned help_flags;
	int mode;
	const char *fmt;
};

static FILE *logf;

static char *filter(int key, const char *text, void *input)
{
	char *r;

	(void)input;
	if (key == ARGP_KEY_HELP_EXTRA)
		return strdup("Extra text from the filter.");
	if (key == 'b')
		return NULL;
	if (!text)
		return NULL;
	if (key == ARGP_KEY_HELP_PRE_DOC || key == ARGP_KEY_HELP_HEADER || key == 'a') {
		if (asprintf(&r, "[%x]%s", key, text) < 0)
			return NULL;
		return r;
	}
	return (char *)text;
}

static error_t parser(int key, char *arg, struct argp_state *st)
{
	fprintf(logf, "key=%#x arg=%s next=%d argnum=%u input=%p\n", key,
		arg ? arg : "(null)", st->next, st->arg_num, st->input);
	if (key == ARGP_KEY_ARG && arg && !strncmp(arg, "arg:", 4)) {
		const char *what = arg + 4;
		if (!strcmp(what, "error"))
			cur->error(st, "bad argument %s", arg);
		else if (!strcmp(what, "usage"))
			cur->usage(st);
		else if (!strcmp(what, "failure"))
			cur->failure(st, 3, 2, "failing on %s", arg);
		else if (!strcmp(what, "unknown"))
			return ARGP_ERR_UNKNOWN;
		else if (!strcmp(what, "consume"))
			st->next = st->argc;
		else if (!strcmp(what, "help"))
			cur->state_help(st, st->out_stream, ARGP_HELP_STD_HELP);
		else if (!strcmp(what, "reparse")) {
			st->argv[--st->next] = "-a";
		}
		return 0;
	}
	if (key == ARGP_KEY_ARG)
		return st->arg_num < 3 ? 0 : ARGP_ERR_UNKNOWN;
	if (key == 'c')
		return ARGP_ERR_UNKNOWN;
	if (key == ARGP_KEY_INIT && st->child_inputs)
		st->child_inputs[0] = (void *)0x1234;
	if (key >= ARGP_KEY_END)
		return ARGP_ERR_UNKNOWN;
	return 0;
}

static void build(struct tree *t)
{
	unsigned i, j, n;

	memset(t, 0, sizeof *t);
	for (i = 0; i < 3; i++) {
		n = take(11);
		for (j = 0; j < n; j++) {
			struct argp_option *o = &t->opts[i][j];
			o->name = take(4) ? names[take(sizeof names / sizeof *names)] : NULL;
			o->key = take(3) ? keys[take(sizeof keys / sizeof *keys)] : 0;
			o->arg = argnames[take(sizeof argnames / sizeof *argnames)];
			o->flags = take(4) ? 0 : take(32);
			o->doc = docs[take(sizeof docs / sizeof *docs)];
			o->group = take(3) ? 0 : (int)take(7) - 3;
			if (_option_is_end(o))
				o->doc = "Header:";
			if (j == 0)
				o->flags &= ~OPTION_ALIAS;
		}
		t->argps[i].options = t->opts[i];
		t->argps[i].parser = take(5) ? parser : NULL;
		t->argps[i].args_doc = argdocs[take(sizeof argdocs / sizeof *argdocs)];
		t->argps[i].doc = pdocs[take(sizeof pdocs / sizeof *pdocs)];
		t->argps[i].help_filter = take(4) ? NULL : filter;
	}
	/* root -> child 1 (-> child 2) or root -> child 1, child 2 */
	n = take(4);
	if (n >= 1) {
		t->kids[0][0] = (struct argp_child){ &t->argps[1], 0, headers[take(4)], (int)take(5) - 2 };
		t->argps[0].children = t->kids[0];
	}
	if (n == 2) {
		t->kids[1][0] = (struct argp_child){ &t->argps[2], 0, headers[take(4)], (int)take(5) - 2 };
		t->argps[1].children = t->kids[1];
	} else if (n == 3) {
		t->kids[0][1] = (struct argp_child){ &t->argps[2], 0, headers[take(4)], (int)take(5) - 2 };
	}
	t->with_version = take(3);
	t->fmt = fmts[take(sizeof fmts / sizeof *fmts)];
	t->mode = take(2);
	t->help_flags = take(256) | (take(2) << 8);
	t->flags = (take(256) & ~ARGP_PARSE_ARGV0) | ARGP_NO_EXIT;
	t->argv[0] = "/path/to/prog";
	t->argc = 1 + take(10);
	for (i = 1; i < (unsigned)t->argc; i++)
		t->argv[i] = (char *)tokens[take(sizeof tokens / sizeof *tokens)];
}

struct result {
	char *out, *err, *log, *help;
	size_t nout, nerr, nlog, nhelp;
	error_t ret;
	int idx;
	char *argv[16];
};

static void version_hook(FILE *f, struct argp_state *st)
{
	fprintf(f, "hook version, name %s\n", st->name);
}

static void run(const struct impl *im, struct tree *t, struct result *r)
{
	FILE *saved_out = stdout, *saved_err = stderr, *h;
	char *argv[17];

	memset(r, 0, sizeof *r);
	cur = im;
	memcpy(argv, t->argv, sizeof t->argv);
	argv[t->argc] = NULL;
	logf = open_memstream(&r->log, &r->nlog);
	stdout = open_memstream(&r->out, &r->nout);
	stderr = open_memstream(&r->err, &r->nerr);
	if (t->fmt)
		setenv("ARGP_HELP_FMT", t->fmt, 1);
	else
		unsetenv("ARGP_HELP_FMT");
	argp_program_version = t->with_version == 1 ? "prog 1.0" : NULL;
	argp_program_version_hook = t->with_version == 2 ? version_hook : NULL;
	argp_program_bug_address = t->with_version ? "<bugs@example.org>" : NULL;
	if (t->mode == 0) {
		h = open_memstream(&r->help, &r->nhelp);
		im->help(&t->argps[0], h, t->help_flags, "prog");
		fclose(h);
	} else {
		r->idx = -7;
		r->ret = im->parse(&t->argps[0], t->argc, argv, t->flags,
			(t->flags & 0x80) ? NULL : &r->idx, (void *)0x42);
		memcpy(r->argv, argv, sizeof r->argv);
	}
	fclose(stdout);
	fclose(stderr);
	fclose(logf);
	stdout = saved_out;
	stderr = saved_err;
}

static void show(const char *what, const char *a, size_t na, const char *b, size_t nb)
{
	fprintf(stderr, "---- %s differs\n[libwildebeest]\n%.*s\n[glibc]\n%.*s\n", what,
		(int)na, a, (int)nb, b);
}

static int same(const char *a, size_t na, const char *b, size_t nb)
{
	return na == nb && (!na || !memcmp(a, b, na));
}

/* glibc's argp_help leaks the arrays it allocates for a parser with no
 * options (make_hol in argp-help.c); that is glibc's, not ours. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:make_hol\n";
}

static void free_result(struct result *r)
{
	free(r->out);
	free(r->err);
	free(r->log);
	free(r->help);
}

static void dump_str(const char *what, const char *s)
{
	fprintf(stderr, " %s=", what);
	if (!s) {
		fprintf(stderr, "NULL");
		return;
	}
	fputc('"', stderr);
	for (; *s; s++)
		if (*s == '\n')
			fputs("\\n", stderr);
		else if (*s == '\v')
			fputs("\\v", stderr);
		else if (*s == '\t')
			fputs("\\t", stderr);
		else
			fputc(*s, stderr);
	fputc('"', stderr);
}

static void dump(const struct tree *t)
{
	int i, k;
	const struct argp_option *o;

	fprintf(stderr, "version %d\n", t->with_version);
	for (i = 0; i < 3; i++) {
		const struct argp *a = &t->argps[i];
		fprintf(stderr, "argp %d: parser %d filter %d", i, a->parser != NULL, a->help_filter != NULL);
		dump_str("args_doc", a->args_doc);
		dump_str("doc", a->doc);
		fprintf(stderr, "\n");
		for (k = 0; a->children && a->children[k].argp; k++) {
			fprintf(stderr, "  child argp %d group %d", (int)(a->children[k].argp - t->argps),
				a->children[k].group);
			dump_str("header", a->children[k].header);
			fprintf(stderr, "\n");
		}
		for (o = a->options; o && !_option_is_end(o); o++) {
			fprintf(stderr, "  {");
			dump_str("name", o->name);
			fprintf(stderr, " key=%d", o->key);
			dump_str("arg", o->arg);
			fprintf(stderr, " flags=%#x", o->flags);
			dump_str("doc", o->doc);
			fprintf(stderr, " group=%d}\n", o->group);
		}
	}
}

/* Both keep the ARGP_HELP_FMT settings of earlier calls: start each input
 * from glibc's defaults. */
static void reset(const struct impl *im)
{
	static const struct argp empty;
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	setenv("ARGP_HELP_FMT", "no-dup-args,dup-args-note,short-opt-col=2,long-opt-col=6,"
		"doc-opt-col=2,opt-doc-col=29,header-col=1,usage-indent=12,rmargin=79", 1);
	im->help(&empty, f, ARGP_HELP_SEE, "x");
	fclose(f);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tree t;
	struct result a, b;
	int bad = 0, i;

	load();
	all_output = getenv("LWB_ARGP_DIFF") && !strcmp(getenv("LWB_ARGP_DIFF"), "all");
	in = data;
	inlen = size;
	build(&t);
	/* Settings that make glibc fill the output forever. */
	if (t.fmt && (strstr(t.fmt, "rmargin=30") || strstr(t.fmt, "usage-indent=30")))
		return 0;
	reset(&lwb);
	reset(&glibc);
	run(&lwb, &t, &a);
	run(&glibc, &t, &b);
	if (all_output && !same(a.out, a.nout, b.out, b.nout))
		show("stdout", a.out, a.nout, b.out, b.nout), bad = 1;
	if (all_output && !same(a.err, a.nerr, b.err, b.nerr))
		show("stderr", a.err, a.nerr, b.err, b.nerr), bad = 1;
	if (all_output && !same(a.help, a.nhelp, b.help, b.nhelp))
		show("help", a.help, a.nhelp, b.help, b.nhelp), bad = 1;
	if (!same(a.log, a.nlog, b.log, b.nlog))
		show("parser calls", a.log, a.nlog, b.log, b.nlog), bad = 1;
	if (a.ret != b.ret || a.idx != b.idx)
		fprintf(stderr, "---- return %d/%d, arg_index %d/%d\n", a.ret, b.ret, a.idx, b.idx), bad = 1;
	for (i = 0; i < t.argc; i++)
		if (a.argv[i] != b.argv[i]) {
			fprintf(stderr, "---- argv[%d] %s / %s\n", i, a.argv[i], b.argv[i]);
			bad = 1;
		}
	free_result(&a);
	free_result(&b);
	if (bad) {
		fprintf(stderr, "mode %d fmt [%s] help flags %#x parse flags %#x argv:", t.mode,
			t.fmt ? t.fmt : "(unset)", t.help_flags, t.flags);
		for (i = 0; i < t.argc; i++)
			fprintf(stderr, " '%s'", t.argv[i]);
		fprintf(stderr, "\n");
		dump(&t);
		abort();
	}
	return 0;
}
