/*
 * Differential fuzzing of the argp module against glibc's argp.
 *
 * Built in the sanitizer configuration (the build machine's glibc, clang,
 * libFuzzer), where the module's sources are linked into this program: the
 * public names (argp_parse, argp_help, ...) are libwildebeest's, and glibc's
 * own are reached with dlvsym(RTLD_NEXT). Each input builds a parser tree
 * (options with generated names, keys, argument names, flags, groups and
 * documentation texts; children with headers and groups; args_doc
 * alternatives; help filters), an ARGP_HELP_FMT setting (every parameter,
 * right margins from 0 up, and malformed settings), and either a help
 * request (argp_help with random flags) or an argv vector for argp_parse
 * (always with ARGP_NO_EXIT, so nothing exits). Both implementations run
 * on the same input and must agree byte for byte: the help text, stdout
 * and stderr, every parser call (key, argument, next, arg_num, input), the
 * return value, arg_index and the final argv order. ASan, UBSan and
 * LeakSanitizer watch libwildebeest's side.
 *
 * glibc's side runs in a child process, so that its own leaks (make_hol
 * leaks for a parser without options), crashes and endless loops cannot
 * take the fuzzer down. glibc's line filler never ends for some margins,
 * and where a line ends exactly at the right margin it reads bytes of its
 * buffer past the text, left from earlier use of the heap (there it may
 * also crash); see the module's notes. The module, built here with
 * LWB_FMT_DEBUG, says when its model of glibc's filler met such a case:
 * then the child is not run (endless), or the help text is not compared
 * (the parse still is, unless glibc crashed). Help texts of trees with
 * options named help or version are not compared either (see unordered).
 * Any other crash, hang or difference aborts with the input spelled out.
 * When the fuzzer ends it prints how many inputs were compared.
 */
#define _GNU_SOURCE
#include <argp.h>
#include <dlfcn.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

extern int __lwb_fmt_glibc_crash, __lwb_fmt_glibc_loop, __lwb_fmt_glibc_stale;

struct impl {
	error_t (*parse)(const struct argp *, int, char **, unsigned, int *, void *);
	void (*help)(const struct argp *, FILE *, unsigned, char *);
	void (*state_help)(const struct argp_state *, FILE *, unsigned);
	void (*usage)(const struct argp_state *);
	void (*error)(const struct argp_state *, const char *, ...);
	void (*failure)(const struct argp_state *, int, int, const char *, ...);
};

static struct impl lwb, glibc;
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

#define PICK(a) (a)[take(sizeof(a) / sizeof *(a))]

/* Generated strings live here for one input. */
static char pool[1 << 16];
static size_t used;

static char *keep(const char *s, size_t n)
{
	char *p;

	if (used + n + 1 > sizeof pool)
		return (char *)"";
	p = pool + used;
	memcpy(p, s, n);
	p[n] = 0;
	used += n + 1;
	return p;
}

/* Text made to meet the margins: words of chosen lengths, separated by
 * one or more blanks, tabs or newlines, sometimes with blanks at an end. */
static char *text(unsigned maxwords)
{
	char buf[1024];
	size_t n = 0;
	unsigned words = 1 + take(maxwords), i, len;
	static const char *const seps[] = { " ", " ", " ", " ", "  ", "   ", "\n", "\t", "\n\n", " \n", "\n " };

	if (take(8) == 0)
		buf[n++] = take(2) ? ' ' : '\n';
	for (i = 0; i < words && n < sizeof buf - 64; i++) {
		const char *sep = PICK(seps);
		len = take(4) ? 1 + take(12) : 1 + take(60);
		while (len-- && n < sizeof buf - 8)
			buf[n++] = "abcdefghijklmnopqrstuvwxyz"[(i + len) % 26];
		if (i + 1 < words) {
			memcpy(buf + n, sep, strlen(sep));
			n += strlen(sep);
		}
	}
	if (take(6) == 0)
		buf[n++] = ' ';
	if (take(8) == 0)
		buf[n++] = '\n';
	return keep(buf, n);
}

static const char *const names[] = {
	"alpha", "al", "alpha-beta", "beta", "b", "verbose", "version", "help", "usage",
	"output", "out", "quiet", "silent", "x", "Zeta", "zeta", "long-option-name-here",
	"a-very-long-option-name-that-goes-on-and-on", "count", "co", "doc-only", "-weird",
	"Help", "program-name",
};
static const int keys[] = {
	'a', 'b', 'c', 'o', 'O', 'q', 'v', 'V', 'x', 'Z', '?', '1', '#', 'h', 0, 0, 1000, 1001, 300, -5,
};
static const char *const argnames[] = {
	NULL, NULL, "FILE", "N", "SOME-LONG-ARGUMENT-NAME", "X Y", "A-VERY-LONG-ARGUMENT-NAME-INDEED",
};
static const char *const argdocs[] = {
	NULL, "FILE", "ARG1 ARG2", "ARG1 ARG2\n-s ARG3", "A\nB\nC", "", "\n", "X\n",
	"SOME VERY LONG ARGUMENT DESCRIPTION THAT GOES PAST THE RIGHT MARGIN FOR SURE YES IT DOES",
};
static const char *const fixed_fmts[] = {
	"", "bogus", "rmargin", "rmargin=50,,x", "rmargin=35x", "9", "no-rmargin", " rmargin = 45 ",
	"dup-args,no-dup-args-note", "no-dup-args=1", "usage-indent=-3", "opt-doc-col=-5",
};
static const char *const tokens[] = {
	"-a", "-b", "-ab", "-ax", "-o", "-ofile", "--alpha", "--al", "--alpha=1", "--alp", "--a",
	"--beta", "--b", "--verbose", "--ver", "--v", "x", "y", "--", "-", "-q", "-V", "--version",
	"--help", "--usage", "-?", "--output", "--output=f", "--out", "--o", "-Z", "--zeta", "--Z",
	"--count=3", "--co", "-1", "-#", "--nope", "-alpha", "-al", "-verbose", "-out", "--program-name=p/q",
	"arg:error", "arg:usage", "arg:failure", "arg:unknown", "arg:consume", "arg:reparse", "arg:help",
	"--doc-only", "-c", "-cfoo", "--x=", "--=", "---", "-v", "-O", "-Ofile", "-h", "--Help",
};

static char *doc_or_null(unsigned words)
{
	switch (take(6)) {
	case 0: return NULL;
	case 1: return (char *)"";
	default: return text(words);
	}
}

/* A parser's doc: a part before the options, maybe a '\v' and a part
 * after them. */
static char *argp_doc(void)
{
	char *pre, *post, buf[2048];

	switch (take(5)) {
	case 0: return NULL;
	case 1: return doc_or_null(20);
	}
	pre = take(4) ? text(20) : (char *)"";
	post = take(4) ? text(20) : (char *)"";
	snprintf(buf, sizeof buf, "%s\v%s", pre, post);
	return keep(buf, strlen(buf));
}

static char *fmt_setting(void)
{
	static const char *const params[] = {
		"short-opt-col", "long-opt-col", "doc-opt-col", "opt-doc-col", "header-col",
		"usage-indent", "rmargin",
	};
	char buf[512];
	size_t n = 0;
	unsigned i, k;

	switch (take(6)) {
	case 0: return NULL;
	case 1: return (char *)PICK(fixed_fmts);
	}
	k = take(5);
	for (i = 0; i < k; i++) {
		unsigned which = take(10);
		if (n)
			buf[n++] = ',';
		if (which < 7) {
			unsigned v;
			if (which == 6)	/* rmargin: mostly where text fits */
				v = take(4) ? 20 + take(100) : take(30);
			else
				v = take(3) ? take(40) : take(80);
			n += snprintf(buf + n, sizeof buf - n, "%s=%u", params[which], v);
		} else if (which == 7) {
			n += snprintf(buf + n, sizeof buf - n, "%sdup-args", take(2) ? "no-" : "");
		} else {
			n += snprintf(buf + n, sizeof buf - n, "%sdup-args-note", take(2) ? "no-" : "");
		}
	}
	return keep(buf, n);
}

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
	const char *name;
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
	used = 0;
	/* First, so that short inputs also run the parser. */
	t->mode = take(2);
	for (i = 0; i < 3; i++) {
		n = take(11);
		for (j = 0; j < n; j++) {
			struct argp_option *o = &t->opts[i][j];
			o->name = take(4) ? PICK(names) : NULL;
			o->key = take(3) ? PICK(keys) : 0;
			o->arg = PICK(argnames);
			o->flags = take(4) ? 0 : take(32);
			o->doc = take(3) ? doc_or_null(take(3) ? 6 : 30) : NULL;
			o->group = take(3) ? 0 : (int)take(7) - 3;
			if (_option_is_end(o))
				o->doc = take(2) ? text(4) : "";
			if (j == 0)
				o->flags &= ~OPTION_ALIAS;
		}
		t->argps[i].options = t->opts[i];
		t->argps[i].parser = take(5) ? parser : NULL;
		t->argps[i].args_doc = take(5) ? PICK(argdocs) : text(8);
		t->argps[i].doc = argp_doc();
		t->argps[i].help_filter = take(4) ? NULL : filter;
	}
	/* root -> child 1 (-> child 2) or root -> child 1, child 2 */
	n = take(4);
	if (n >= 1) {
		t->kids[0][0] = (struct argp_child){ &t->argps[1], 0, doc_or_null(6), (int)take(5) - 2 };
		t->argps[0].children = t->kids[0];
	}
	if (n == 2) {
		t->kids[1][0] = (struct argp_child){ &t->argps[2], 0, doc_or_null(6), (int)take(5) - 2 };
		t->argps[1].children = t->kids[1];
	} else if (n == 3) {
		t->kids[0][1] = (struct argp_child){ &t->argps[2], 0, doc_or_null(6), (int)take(5) - 2 };
	}
	t->with_version = take(3);
	t->fmt = fmt_setting();
	t->help_flags = take(256) | (take(2) << 8);
	t->name = take(4) ? "prog" : text(2);
	t->flags = (take(256) & ~ARGP_PARSE_ARGV0) | ARGP_NO_EXIT;
	t->argv[0] = "/path/to/prog";
	t->argc = 1 + take(10);
	for (i = 1; i < (unsigned)t->argc; i++)
		t->argv[i] = (char *)PICK(tokens);
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
		im->help(&t->argps[0], h, t->help_flags, (char *)t->name);
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

static void free_result(struct result *r)
{
	free(r->out);
	free(r->err);
	free(r->log);
	free(r->help);
}

/* ---- glibc's side, in a child ---- */
#define SHARED_SIZE (8 << 20)
struct shared {
	error_t ret;
	int idx;
	char *argv[16];
	size_t n[4];
	int truncated;
	char data[];
};
static struct shared *shm;

static void run_glibc(struct tree *t, struct result *r, int *status)
{
	pid_t pid;

	if (!shm) {
		shm = mmap(NULL, SHARED_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (shm == MAP_FAILED) {
			perror("mmap");
			abort();
		}
	}
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		perror("fork");
		abort();
	}
	if (pid == 0) {
		struct result g;
		char *parts[4];
		size_t lens[4], off = 0, room = SHARED_SIZE - sizeof *shm;
		int i;
		alarm(10);
		run(&glibc, t, &g);
		parts[0] = g.out, lens[0] = g.nout;
		parts[1] = g.err, lens[1] = g.nerr;
		parts[2] = g.log, lens[2] = g.nlog;
		parts[3] = g.help, lens[3] = g.nhelp;
		shm->truncated = 0;
		for (i = 0; i < 4; i++) {
			if (lens[i] > room - off) {
				lens[i] = room - off;
				shm->truncated = 1;
			}
			if (lens[i])
				memcpy(shm->data + off, parts[i], lens[i]);
			shm->n[i] = lens[i];
			off += lens[i];
		}
		shm->ret = g.ret;
		shm->idx = g.idx;
		memcpy(shm->argv, g.argv, sizeof g.argv);
		_exit(0);
	}
	while (waitpid(pid, status, 0) < 0)
		;
	memset(r, 0, sizeof *r);
	if (WIFEXITED(*status) && WEXITSTATUS(*status) == 0) {
		size_t off = 0;
		r->out = shm->data, r->nout = shm->n[0], off += shm->n[0];
		r->err = shm->data + off, r->nerr = shm->n[1], off += shm->n[1];
		r->log = shm->data + off, r->nlog = shm->n[2], off += shm->n[2];
		r->help = shm->data + off, r->nhelp = shm->n[3];
		r->ret = shm->ret;
		r->idx = shm->idx;
		memcpy(r->argv, shm->argv, sizeof r->argv);
	}
}

/* ---- reporting ---- */
static void show(const char *what, const char *a, size_t na, const char *b, size_t nb)
{
	fprintf(stderr, "---- %s differs\n[libwildebeest]\n%.*s\n[glibc]\n%.*s\n", what,
		(int)na, a, (int)nb, b);
}

static int same(const char *a, size_t na, const char *b, size_t nb)
{
	return na == nb && (!na || !memcmp(a, b, na));
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

	fprintf(stderr, "mode %d", t->mode);
	dump_str("fmt", t->fmt);
	dump_str("name", t->name);
	fprintf(stderr, " help flags %#x parse flags %#x version %d argv:", t->help_flags,
		t->flags, t->with_version);
	for (i = 0; i < t->argc; i++)
		fprintf(stderr, " '%s'", t->argv[i]);
	fprintf(stderr, "\n");
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

/* libwildebeest keeps the ARGP_HELP_FMT settings of earlier calls, as
 * glibc does: start each input from glibc's defaults. (glibc's side runs
 * in a fresh child, where they are the defaults.) */
static void reset(void)
{
	static const struct argp empty;
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	setenv("ARGP_HELP_FMT", "no-dup-args,dup-args-note,short-opt-col=2,long-opt-col=6,"
		"doc-opt-col=2,opt-doc-col=29,header-col=1,usage-indent=12,rmargin=79", 1);
	lwb.help(&empty, f, ARGP_HELP_SEE, "x");
	fclose(f);
	free(buf);
}

/* What the run compared, printed when the fuzzer ends. */
static unsigned long n_same, n_help, n_loop, n_stale, n_stale_crash, n_unordered;

/* A tree with an option of its own named "help" or "version" beside
 * options of other groups: glibc's sort puts those names last by a
 * comparison that is not a consistent order, so its option order there
 * depends on its qsort (a deviation listed in the module's notes). The
 * help text is not compared; the parse still is. */
static int unordered(const struct tree *t)
{
	int i, j, named = 0, other = 0;

	for (i = 0; i < 3; i++)
		for (j = 0; !_option_is_end(&t->opts[i][j]); j++) {
			const char *n = t->opts[i][j].name;
			if (n && (!strcmp(n, "help") || !strcmp(n, "version")))
				named = 1;
			else
				other = 1;
		}
	if (named && other)
		n_unordered++;
	return named && other;
}

__attribute__((destructor)) static void stats(void)
{
	if (n_same + n_loop + n_stale)
		fprintf(stderr, "argp_diff: %lu inputs identical on both sides (help %lu, parse %lu);"
			" help text not compared: %lu where glibc read stale buffer bytes"
			" (%lu of them crashed glibc), %lu with options named help/version;"
			" %lu endless in glibc (not run there)\n",
			n_same, n_help, n_same - n_help, n_stale, n_stale_crash, n_unordered, n_loop);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tree t;
	struct result a, b;
	int bad = 0, i, status, stale, loop, text;

	load();
	in = data;
	inlen = size;
	build(&t);
	reset();
	__lwb_fmt_glibc_crash = __lwb_fmt_glibc_stale = __lwb_fmt_glibc_loop = 0;
	run(&lwb, &t, &a);
	/* A crash the model predicts comes from stale bytes too. */
	stale = __lwb_fmt_glibc_stale || __lwb_fmt_glibc_crash;
	loop = __lwb_fmt_glibc_loop;
	if (loop) {
		/* glibc would fill blank lines for ever. */
		n_loop++;
		free_result(&a);
		return 0;
	}
	run_glibc(&t, &b, &status);
	/* The help text is compared unless glibc read stale bytes of its
	 * buffer (then its output, even whether it crashes, depends on its
	 * heap) or sorted options named help/version. */
	text = !stale && !unordered(&t);
	if (stale) {
		n_stale++;
		if (WIFSIGNALED(status))
			n_stale_crash++;
	}
	if (stale && WIFSIGNALED(status)) {
		/* Nothing of glibc's side to compare. */
	} else if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "---- glibc's side ended with status %#x\n", status);
		bad = 1;
	} else {
		if (text && !same(a.out, a.nout, b.out, b.nout))
			show("stdout", a.out, a.nout, b.out, b.nout), bad = 1;
		if (text && !same(a.err, a.nerr, b.err, b.nerr))
			show("stderr", a.err, a.nerr, b.err, b.nerr), bad = 1;
		if (text && !same(a.help, a.nhelp, b.help, b.nhelp))
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
	}
	free_result(&a);
	if (bad) {
		dump(&t);
		abort();
	}
	if (text) {
		n_same++;
		n_help += t.mode == 0;
	}
	return 0;
}
