/* Internal to the argp module. */
#ifndef LWB_ARGP_INT_H
#define LWB_ARGP_INT_H

#include <argp.h>
#include <stddef.h>
#include <stdio.h>
#include "../lwb.h"

/* The help layout, from ARGP_HELP_FMT over glibc's defaults. */
struct __lwb_argp_uparams {
	int dup_args, dup_args_note;
	int short_opt_col, long_opt_col, doc_opt_col, opt_doc_col;
	int header_col, usage_indent, rmargin;
};

/* The line filler (fmt.c): glibc's, bug for bug. */
struct __lwb_fmt {
	FILE *out;
	char *buf;
	size_t cap, end, pos;	/* allocated, text, filled so far */
	int col;		/* column at pos */
	int bare;		/* col 0 without a newline (a line kept whole) */
	int lmargin, rmargin, wmargin;
	int err;
};

LWB_HIDDEN int __lwb_fmt_open(struct __lwb_fmt *, FILE *, int lmargin, int rmargin, int wmargin);
LWB_HIDDEN void __lwb_fmt_write(struct __lwb_fmt *, const char *, size_t);
LWB_HIDDEN void __lwb_fmt_puts(struct __lwb_fmt *, const char *);
LWB_HIDDEN void __lwb_fmt_putc(struct __lwb_fmt *, int);
LWB_HIDDEN void __lwb_fmt_printf(struct __lwb_fmt *, const char *, ...)
	__attribute__((__format__(__printf__, 2, 3)));
LWB_HIDDEN int __lwb_fmt_point(struct __lwb_fmt *);
LWB_HIDDEN int __lwb_fmt_set_lmargin(struct __lwb_fmt *, int);
LWB_HIDDEN int __lwb_fmt_set_wmargin(struct __lwb_fmt *, int);
LWB_HIDDEN void __lwb_fmt_indent(struct __lwb_fmt *, int col);
LWB_HIDDEN void __lwb_fmt_close(struct __lwb_fmt *);

LWB_HIDDEN void __lwb_argp_uparams(struct __lwb_argp_uparams *, const struct argp_state *);
LWB_HIDDEN void __lwb_argp_help(const struct argp *, const struct argp_state *,
	FILE *, unsigned flags, const char *name);
LWB_HIDDEN const char *__lwb_argp_short_name(void);
LWB_HIDDEN const char *__lwb_argp_msg(const char *);
LWB_HIDDEN const char *__lwb_argp_text(const struct argp *, const char *);

/* The options argp_parse adds unless ARGP_NO_HELP, and -V/--version. */
LWB_HIDDEN extern const struct argp __lwb_argp_default;
LWB_HIDDEN extern const struct argp __lwb_argp_version;

/* An argv scanner with GNU getopt_long's rules, private to argp. */
struct __lwb_scan_opt {
	const char *name;	/* long name, or NULL */
	int key;		/* value for the parser */
	int group;		/* parser group it belongs to */
	int has_arg;		/* 0, 1 required, 2 optional */
	int short_ok;		/* also a short option */
};

struct __lwb_scan {
	int argc;
	char **argv;
	int optind;
	char *nextchar;
	int first_nonopt, last_nonopt;
	int order;		/* 0 permute, 1 in order, 2 stop at first non-option */
	int long_only;
	int print_errors;
	int done;
	const struct __lwb_scan_opt *opts;
	size_t nopts;
	/* results */
	const struct __lwb_scan_opt *found;
	char *optarg;
	int optopt;
	int was_long;		/* the last option was named long */
};

enum { SCAN_END = -1, SCAN_ARG = -2, SCAN_ERR = -3, SCAN_OPT = -4 };

LWB_HIDDEN int __lwb_scan_next(struct __lwb_scan *);

/* One parser of the tree, as argp_parse flattens it. */
struct __lwb_argp_group {
	const struct argp *argp;
	void *input;
	void **child_inputs;
	int parent;
	unsigned parent_index;
	unsigned args;
	void *hook;
};

/* What argp_state.pstate points at during argp_parse. */
struct __lwb_argp_pstate {
	struct argp top;
	struct argp_child kids[4];
	struct __lwb_argp_group *groups;
	size_t ngroups;
	void **inputs;
	struct __lwb_scan_opt *opts;
	size_t nopts;
	struct __lwb_scan scan;
};

#endif
