/*
 * The argp programs the oracle suite runs (see oracle.c): each is a small
 * program as a package would write it, picked by LWBT_ARGP_PROG, logging
 * every parser call to stdout so the byte comparison covers the call
 * sequence as well as argp's own output.
 */
#define _GNU_SOURCE
#include <argp.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "programs.h"

/* Set at run time, so a program that never sets them is also tested. */
static const char *key_name(int key)
{
	static char buf[32];

	switch (key) {
	case ARGP_KEY_ARG: return "ARG";
	case ARGP_KEY_ARGS: return "ARGS";
	case ARGP_KEY_END: return "END";
	case ARGP_KEY_NO_ARGS: return "NO_ARGS";
	case ARGP_KEY_INIT: return "INIT";
	case ARGP_KEY_SUCCESS: return "SUCCESS";
	case ARGP_KEY_ERROR: return "ERROR";
	case ARGP_KEY_FINI: return "FINI";
	}
	if (key > ' ' && key < 127)
		snprintf(buf, sizeof buf, "'%c'", key);
	else
		snprintf(buf, sizeof buf, "%d", key);
	return buf;
}

static const char *input_name(const void *p)
{
	return p ? (const char *)p : "(null)";
}

/* Shared by every parser: log, then act on a few magic operands. */
static error_t common(const char *who, int key, char *arg, struct argp_state *st)
{
	printf("[%s] %s arg=%s next=%d arg_num=%u input=%s\n", who, key_name(key),
		arg ? arg : "(null)", st->next, st->arg_num, input_name(st->input));
	if (key == ARGP_KEY_INIT && st->child_inputs) {
		static char names[4][32];
		int i;
		for (i = 0; i < 4 && st->root_argp; i++) {
			snprintf(names[i], sizeof names[i], "%s.child%d", who, i);
		}
		st->child_inputs[0] = names[0];
	}
	if (key != ARGP_KEY_ARG || !arg)
		return ARGP_ERR_UNKNOWN;
	if (!strcmp(arg, "error"))
		argp_error(st, "the operand '%s' is wrong (%d)", arg, 42);
	else if (!strcmp(arg, "failure"))
		argp_failure(st, 3, ENOENT, "cannot open %s", "nowhere");
	else if (!strcmp(arg, "failure0"))
		argp_failure(st, 0, EACCES, NULL);
	else if (!strcmp(arg, "usage"))
		argp_usage(st);
	else if (!strcmp(arg, "help"))
		argp_state_help(st, stdout, ARGP_HELP_STD_HELP);
	else if (!strcmp(arg, "shorthelp"))
		argp_state_help(st, stdout, ARGP_HELP_SHORT_USAGE | ARGP_HELP_SEE);
	else if (!strcmp(arg, "consume"))
		st->next = st->argc;
	else if (!strcmp(arg, "reparse"))
		st->argv[--st->next] = "-v";
	else if (!strcmp(arg, "einval"))
		return EINVAL;
	else if (!strcmp(arg, "unknown") || !strncmp(arg, "left", 4))
		return ARGP_ERR_UNKNOWN;
	return 0;
}

/* ---- simple: one parser, every kind of option ---- */
static const struct argp_option simple_options[] = {
	{ "verbose", 'v', 0, 0, "Produce verbose output", 0 },
	{ "quiet", 'q', 0, 0, "Don't produce any output", 0 },
	{ "silent", 's', 0, OPTION_ALIAS, 0, 0 },
	{ "output", 'o', "FILE", 0, "Output to FILE instead of standard output", 0 },
	{ "long-only-option", 1000, "X", 0, "This option has only a long name, and a documentation string long enough to be wrapped at the right margin more than once, as help texts often are", 0 },
	{ 0, 'x', 0, 0, "A short option only", 0 },
	{ "color", 'c', "WHEN", OPTION_ARG_OPTIONAL, "Colorize the output; WHEN can be 'always', 'never' or 'auto'", 0 },
	{ "colour", 0, 0, OPTION_ALIAS, 0, 0 },
	{ "hidden", 'H', 0, OPTION_HIDDEN, "Never shown", 0 },
	{ 0, 0, 0, 0, "Tuning options:", 1 },
	{ "jobs", 'j', "N", 0, "Run N jobs at once", 1 },
	{ "load-average", 'l', "LOAD", OPTION_ARG_OPTIONAL, "Start no new jobs while the load is above LOAD", 0 },
	{ "keep-going", 'k', 0, 0, "Keep going when some targets cannot be made", 0 },
	{ 0, 0, 0, 0, "Last group:", -2 },
	{ "debug", 'd', "FLAGS", 0, "Debug\nwith an explicit line break", -2 },
	{ "zzz", 'Z', 0, 0, 0, -2 },
	{ 0 }
};

static error_t simple_parser(int key, char *arg, struct argp_state *st)
{
	error_t e = common("simple", key, arg, st);

	if (key == ARGP_KEY_ARG && arg && !strcmp(arg, "unknown"))
		return e;
	if (key == ARGP_KEY_ARG && arg && !strncmp(arg, "left", 4))
		return e;
	if (key == ARGP_KEY_ARG)
		return e == ARGP_ERR_UNKNOWN ? 0 : e;
	if (key == 's')
		return ARGP_ERR_UNKNOWN; /* the alias nobody handles */
	if (key > 0 && key < ARGP_KEY_ARGS - 10)
		return 0;
	return e;
}

static const struct argp simple_argp = {
	simple_options, simple_parser, "INPUT...\n--list PATTERN",
	"simple -- an argp program with one parser.\vThis text follows the options; it is also long enough to need filling at the right margin.",
	0, 0, 0
};

/* ---- children: a tree with clusters, headers and child inputs ---- */
static const struct argp_option net_options[] = {
	{ "host", 'h', "NAME", 0, "Connect to NAME", 0 },
	{ "port", 'p', "PORT", 0, "Port to use", 0 },
	{ "ipv6", '6', 0, 0, "Use IPv6", 0 },
	{ 0, 0, 0, 0, "Timeouts:", 2 },
	{ "timeout", 't', "SECS", 0, "Give up after SECS seconds", 0 },
	{ 0 }
};

static const struct argp_option log_options[] = {
	{ "log-file", 'L', "FILE", 0, "Log to FILE", 0 },
	{ "syslog", 1001, 0, 0, "Log to syslog", 0 },
	{ 0 }
};

static const struct argp_option merged_options[] = {
	{ "alpha", 'a', 0, 0, "Merged into its parent's groups", 0 },
	{ "zulu", 'z', 0, 0, "Also merged", 0 },
	{ 0 }
};

static error_t net_parser(int key, char *arg, struct argp_state *st)
{
	error_t e = common("net", key, arg, st);
	if (key == 'h' || key == 'p' || key == '6' || key == 't')
		return 0;
	return e;
}

static error_t log_parser(int key, char *arg, struct argp_state *st)
{
	error_t e = common("log", key, arg, st);
	if (key == 'L' || key == 1001)
		return 0;
	if (key == ARGP_KEY_ARGS)
		return 0; /* takes every remaining operand */
	return e;
}

static error_t merged_parser(int key, char *arg, struct argp_state *st)
{
	error_t e = common("merged", key, arg, st);
	if (key == 'a' || key == 'z')
		return 0;
	return e;
}

static const struct argp merged_argp = { merged_options, merged_parser, "[MERGED]", "Merged doc.\vMerged post doc.", 0, 0, 0 };
static const struct argp_child log_children[] = { { &merged_argp, 0, 0, 0 }, { 0 } };
static const struct argp log_argp = { log_options, log_parser, "[LOGARG]", "\vLogging post doc.", log_children, 0, 0 };
static const struct argp net_argp = { net_options, net_parser, "HOST\nURL", "Network pre doc (not shown: only the first is).\vNetwork post doc.", 0, 0, 0 };
static const struct argp_child root_children[] = {
	{ &net_argp, 0, "Network options:", 0 },
	{ &log_argp, 0, 0, -1 },
	{ 0 }
};

static const struct argp_option root_options[] = {
	{ "verbose", 'v', 0, 0, "Be verbose", 0 },
	{ "yes", 'y', 0, 0, "Assume yes", 0 },
	{ 0 }
};

static error_t root_parser(int key, char *arg, struct argp_state *st)
{
	error_t e = common("root", key, arg, st);
	if (key == 'v' || key == 'y')
		return 0;
	if (key == ARGP_KEY_ARG && arg && !strcmp(arg, "root"))
		return 0;
	return e;
}

static const struct argp tree_argp = { root_options, root_parser, "[FILE]", "tree -- parsers with children.\vRoot post doc.", root_children, 0, 0 };

/* ---- clusters: children with groups and headers after the parent's own
 * group headers, as elfutils' tools have them ---- */
static const struct argp_option nested_options[] = {
	{ "nu", 'n', 0, 0, "Nu in a cluster nested in a cluster", 0 },
	{ 0 }
};
static const struct argp nested_argp = { nested_options, 0, 0, 0, 0, 0, 0 };
static const struct argp_child input_children[] = {
	{ &nested_argp, 0, "Nested:", 0 },
	{ 0 }
};
static const struct argp_option input_options[] = {
	{ "zeta", 'z', "N", 0, "Zeta in the child's group 0", 0 },
	{ "yank", 'y', 0, 0, "Yank in group -1, before the nested cluster", -1 },
	{ 0 }
};
static const struct argp_option output_options[] = {
	{ 0, 0, 0, 0, "Output header:", 0 },
	{ "omega", 'o', 0, 0, "Omega under its own header", 0 },
	{ 0 }
};
static const struct argp input_argp = { input_options, 0, 0, 0, input_children, 0, 0 };
static const struct argp output_argp = { output_options, 0, 0, 0, 0, 0, 0 };
static const struct argp_child clusters_children[] = {
	{ &input_argp, 0, "Input selection:", 2 },
	{ &output_argp, 0, "Output selection:", 3 },
	{ 0 }
};
static const struct argp_option clusters_options[] = {
	{ "alpha", 'a', 0, 0, "Alpha in group 0", 0 },
	{ 0, 0, 0, 0, "Mode:", 0 },
	{ "beta", 'b', 0, 0, "Beta in group 1", 0 },
	{ 0, 0, 0, 0, "", 0 },
	{ "gamma", 'g', 0, 0, "Gamma after an empty header", 0 },
	{ 0 }
};
static error_t clusters_parser(int key, char *arg, struct argp_state *st)
{
	return common("clusters", key, arg, st);
}
static const struct argp clusters_argp = { clusters_options, clusters_parser, 0, 0, clusters_children, 0, 0 };

/* ---- sorting: names that differ in case, and documentation options
 * with and without leading dashes ---- */
static const struct argp_option sorting_options[] = {
	{ "count", 0, 0, OPTION_DOC, "A doc option without a dash: after the others", 0 },
	{ "Zebra", 0, 0, OPTION_DOC, "Another one", 0 },
	{ "-b", 0, 0, OPTION_DOC, "A doc option sorted as b", 0 },
	{ "--Bx", 0, 0, OPTION_DOC, "Sorted as Bx", 0 },
	{ "bravo", 'b', 0, 0, "Short b", 0 },
	{ "aB", 0, 0, 0, "Equal but for case: in the order given", 0 },
	{ "ab", 0, 0, 0, "Equal but for case: in the order given", 0 },
	{ "Ac", 0, 0, 0, "Upper case first letter: after lower case", 0 },
	{ "ad", 0, 0, 0, "Lower case first letter", 0 },
	{ "out", 300, 0, 0, "Long only", 0 },
	{ 0 }
};
static error_t sorting_parser(int key, char *arg, struct argp_state *st)
{
	return common("sorting", key, arg, st);
}
static const struct argp sorting_argp = { sorting_options, sorting_parser, 0, 0, 0, 0, 0 };

/* ---- longdoc: documentation whose lines' left margins no longer fit in
 * glibc's buffer (glibc writes them ahead of the text it holds) ---- */
static const struct argp_option longdoc_options[] = {
	{ "quite-a-long-option-name-that-goes-on-and-on", 'q', "FILE", 0, 0, 0 },
	{ "zebra-a-long-option-name-that-goes-on-and-on", 'z', "FILE", 0,
		"first line\n second\n third\n fourth\n fifth\n sixth\n seventh", 0 },
	{ 0 }
};
static error_t longdoc_parser(int key, char *arg, struct argp_state *st)
{
	return common("longdoc", key, arg, st);
}
static const struct argp longdoc_argp = { longdoc_options, longdoc_parser, 0, 0, 0, 0, 0 };

/* ---- aliases: aliases whose argument or OPTION_ARG_OPTIONAL differs
 * from their entry's (the usage shows the alias's own, the option list
 * the entry's) ---- */
static const struct argp_option aliases_options[] = {
	{ "alpha", 'a', "FILE", 0, "Required, with an optional alias", 0 },
	{ "alias1", 0, 0, OPTION_ALIAS | OPTION_ARG_OPTIONAL, 0, 0 },
	{ "beta", 'b', "FILE", OPTION_ARG_OPTIONAL, "Optional, with a plain alias", 0 },
	{ "alias2", 'c', 0, OPTION_ALIAS, 0, 0 },
	{ "gamma", 'g', "N", 0, "Required, with an optional short alias", 0 },
	{ 0, 'h', 0, OPTION_ALIAS | OPTION_ARG_OPTIONAL, 0, 0 },
	{ "delta", 'd', 0, 0, "No argument, with aliases that have one", 0 },
	{ "alias3", 'e', "N", OPTION_ALIAS, 0, 0 },
	{ "alias4", 0, "THIRD", OPTION_ALIAS | OPTION_ARG_OPTIONAL, 0, 0 },
	{ 0 }
};
static error_t aliases_parser(int key, char *arg, struct argp_state *st)
{
	return common("aliases", key, arg, st);
}
static const struct argp aliases_argp = { aliases_options, aliases_parser, "ARG", 0, 0, 0, 0 };

/* ---- unshown: entries with no name to show (a short option an earlier
 * entry has, hidden names) are left out of the list with their docs and
 * blank lines, clusters of nothing else too; a hidden first option with
 * visible aliases is not ---- */
static const struct argp_option unshown_first_options[] = {
	{ 0, 'x', 0, 0, "-x again, first in a cluster: the header stays", 0 },
	{ "kappa", 'k', 0, 0, "Kappa in the cluster", 0 },
	{ 0 }
};
static const struct argp_option unshown_only_options[] = {
	{ 0, 'x', 0, 0, "-x again, alone in a cluster: no header", 0 },
	{ 0 }
};
static const struct argp unshown_first_argp = { unshown_first_options, 0, 0, 0, 0, 0, 0 };
static const struct argp unshown_only_argp = { unshown_only_options, 0, 0, 0, 0, 0, 0 };
static const struct argp_child unshown_children[] = {
	{ &unshown_first_argp, 0, "First cluster:", 20 },
	{ &unshown_only_argp, 0, "Cluster of nothing shown:", 21 },
	{ &unshown_only_argp, 0, "", 22 },
	{ 0 }
};
static const struct argp_option unshown_options[] = {
	{ 0, 0, 0, 0, "A header, so that groups are set apart:", 1 },
	{ "ex", 'x', "FILE", 0, "The first -x", 1 },
	{ 0, 'x', 0, 0, "-x again, with a doc that is not shown", 1 },
	{ 0, 'x', "ARG", 0, "\n-x again, a doc starting and ending with newlines\n", 1 },
	{ 0, 'z', 0, 0, "Zulu in group 4", 4 },
	{ 0, 'x', 0, 0, "-x again in group 5: no blank line of its own", 5 },
	{ 0, 's', 0, 0, "Sierra in group 5", 5 },
	{ 0, 'x', 0, 0, "-x again in group 6", 6 },
	{ "hid", 0, 0, OPTION_ALIAS | OPTION_HIDDEN, 0, 6 },
	{ 0, 'w', "ARG", OPTION_HIDDEN, "Hidden -w, a visible alias --ww", 7 },
	{ "ww", 0, 0, OPTION_ALIAS, 0, 7 },
	{ "vv", 'V', "ARG", OPTION_HIDDEN, "Hidden --vv, a visible alias -u", 8 },
	{ 0, 'u', 0, OPTION_ALIAS, 0, 8 },
	{ "dd", 0, 0, OPTION_DOC | OPTION_HIDDEN, "Hidden doc option, a visible alias", 9 },
	{ "ee", 0, 0, OPTION_DOC | OPTION_ALIAS, 0, 9 },
	{ 0, 'x', 0, 0, "-x again in group 10, before a cluster", 10 },
	{ 0 }
};
static error_t unshown_parser(int key, char *arg, struct argp_state *st)
{
	return common("unshown", key, arg, st);
}
static const struct argp unshown_argp = { unshown_options, unshown_parser, "ARG", 0, unshown_children, 0, 0 };

/* ---- shortargs: an entry without long names to show gives its
 * argument after every short option (as dup-args would), while the
 * short options are written ---- */
static const struct argp_option shortargs_options[] = {
	{ 0, 'Z', "SOME-LONG-ARGUMENT-NAME", 0, 0, 0 },
	{ 0, 'Y', "SOME-LONG-ARGUMENT-NAME", 0, "Two short options", 0 },
	{ 0, 'y', 0, OPTION_ALIAS, 0, 0 },
	{ 0, 'W', "ARG", OPTION_ARG_OPTIONAL, "Optional, with a hidden long alias", 0 },
	{ "hidden", 0, 0, OPTION_ALIAS | OPTION_HIDDEN, 0, 0 },
	{ 0, 'Z', "ARG", 0, "-Z again, with a long alias", 0 },
	{ "long", 0, 0, OPTION_ALIAS, 0, 0 },
	{ 0 }
};
static error_t shortargs_parser(int key, char *arg, struct argp_state *st)
{
	return common("shortargs", key, arg, st);
}
static const struct argp shortargs_argp = { shortargs_options, shortargs_parser, 0, 0, 0, 0, 0 };

/* ---- dupnames: a child's options with its parent's long names: an
 * abbreviation of such a name alone is no ambiguity (the first option
 * wins), and the list of possibilities names each once ---- */
static const struct argp_option dupnames_child_options[] = {
	{ "alpha", 'b', "N", 0, "The child's alpha", 0 },
	{ "zulu", 'z', "N", 0, "The child's zulu", 0 },
	{ 0 }
};
static error_t dupnames_child_parser(int key, char *arg, struct argp_state *st)
{
	return common("dupnames-child", key, arg, st);
}
static const struct argp dupnames_child = { dupnames_child_options, dupnames_child_parser, 0, 0, 0, 0, 0 };
static const struct argp_child dupnames_children[] = { { &dupnames_child, 0, 0, 0 }, { 0 } };
static const struct argp_option dupnames_options[] = {
	{ "alpha", 'a', 0, 0, "The root's alpha", 0 },
	{ "alphabet", 'Z', 0, 0, "Alphabet", 0 },
	{ "zulu", 'y', 0, 0, "The root's zulu", 0 },
	{ 0 }
};
static error_t dupnames_parser(int key, char *arg, struct argp_state *st)
{
	return common("dupnames", key, arg, st);
}
static const struct argp dupnames_argp = { dupnames_options, dupnames_parser, 0, 0, dupnames_children, 0, 0 };

/* ---- margins: a left margin that would just fill glibc's 200-byte
 * line buffer, for a line that starts after a newline inside the text
 * being filled (an option's doc, or a usage line's operands after the
 * break before them): glibc writes it ahead of the text it holds ---- */
static char margins_doc[256], margins_args[2][256];
static struct argp_option margins_options[] = {
	{ "alpha", 'a', 0, 0, 0, 0 },
	{ 0 }
};
static struct argp margins_child = { 0, 0, 0, 0, 0, 0, 0 };
static const struct argp_child margins_children[] = { { &margins_child, 0, 0, 0 }, { 0 } };
static struct argp margins_argp = { margins_options, 0, 0, 0, margins_children, 0, 0 };

/* The lengths are what put the margin at the buffer's end (found by
 * trying them on glibc): --help under opt-doc-col=12,rmargin=400, --usage
 * under usage-indent=17. */
static void margins_setup(void)
{
	/* 60 x, a newline, 117 y */
	memset(margins_doc, 'x', 60);
	margins_doc[60] = '\n';
	memset(margins_doc + 61, 'y', 117);
	margins_doc[61 + 117] = 0;
	margins_options[0].doc = margins_doc;
	snprintf(margins_args[0], sizeof margins_args[0], "%s\n%s",
		"cba tsrqponmlkjihgfedcbazyxwvutsrqponmlkjihgfedcb fedc",
		" cbazyxwvutsrqponmlkjihgfedcbazyxwvutsrqponmlkjihgfed");
	snprintf(margins_args[1], sizeof margins_args[1], "edcba\n %s %sqqqqqq\nfed",
		"yxwvutsrqponmlkjihgfedcbazyxwvutsrqponmlkjihgfedcb",
		"gfedcbazyxwvutsrqponmlkjihgfedcbazyxwvutsrqpon");
	margins_argp.args_doc = margins_args[0];
	margins_child.args_doc = margins_args[1];
}

/* ---- headerfill: a group header (at header-col) whose left margin
 * finds no room in glibc's buffer: glibc writes out the text it holds
 * first, so the margin comes out in its place ---- */
static char headerfill_doc[256];
static struct argp_option headerfill_options[] = {
	{ 0, 'a', 0, 0, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 0 },
	{ 0, 0, 0, 0, 0, 1 },
	{ 0, 'c', 0, 0, "After the header", 1 },
	{ 0 }
};
static error_t headerfill_parser(int key, char *arg, struct argp_state *st)
{
	return common("headerfill", key, arg, st);
}
static const struct argp headerfill_argp = { headerfill_options, headerfill_parser, 0, 0, 0, 0, 0 };

/* 100 y: under header-col=12,rmargin=400 its margin finds the buffer
 * full (a length found by trying them on glibc) */
static void headerfill_setup(void)
{
	memset(headerfill_doc, 'y', 100);
	headerfill_doc[100] = 0;
	headerfill_options[1].doc = headerfill_doc;
}

/* ---- filter: a help filter rewriting every kind of text ---- */
static char *filter(int key, const char *text, void *input)
{
	char *r;

	switch (key) {
	case ARGP_KEY_HELP_PRE_DOC:
	case ARGP_KEY_HELP_POST_DOC:
	case ARGP_KEY_HELP_HEADER:
	case ARGP_KEY_HELP_ARGS_DOC:
	case ARGP_KEY_HELP_DUP_ARGS_NOTE:
		if (asprintf(&r, "<%#x input=%s>%s", key, input_name(input), text ? text : "(null)") < 0)
			return NULL;
		return r;
	case ARGP_KEY_HELP_EXTRA:
		return strdup("Extra text added by the filter.");
	case 'q':
		return NULL;
	case 'o':
		return strdup("Replaced documentation for --output");
	}
	return (char *)text;
}

static const struct argp filter_argp = {
	simple_options, simple_parser, "IN\nOUT", "Before.\vAfter.", 0, filter, 0
};

/* ---- help: argp_help called directly ---- */

static void version_hook(FILE *f, struct argp_state *st)
{
	fprintf(f, "version hook: %s, flags %#x\n", st->name, st->flags);
}

static const struct argp *pick(const char *prog)
{
	if (!strcmp(prog, "simple") || !strcmp(prog, "hook") || !strcmp(prog, "bare"))
		return &simple_argp;
	if (!strcmp(prog, "tree"))
		return &tree_argp;
	if (!strcmp(prog, "filter"))
		return &filter_argp;
	if (!strcmp(prog, "clusters"))
		return &clusters_argp;
	if (!strcmp(prog, "sorting"))
		return &sorting_argp;
	if (!strcmp(prog, "longdoc"))
		return &longdoc_argp;
	if (!strcmp(prog, "aliases"))
		return &aliases_argp;
	if (!strcmp(prog, "unshown"))
		return &unshown_argp;
	if (!strcmp(prog, "headerfill")) {
		headerfill_setup();
		return &headerfill_argp;
	}
	if (!strcmp(prog, "dupnames"))
		return &dupnames_argp;
	if (!strcmp(prog, "shortargs"))
		return &shortargs_argp;
	if (!strcmp(prog, "margins")) {
		margins_setup();
		return &margins_argp;
	}
	return NULL;
}

int lwbt_argp_program(const char *prog, int argc, char **argv)
{
	const struct argp *argp = pick(prog);
	const char *env;
	unsigned flags = 0;
	int index = -1, i;
	error_t r;

	if (!argp) {
		fprintf(stderr, "no program %s\n", prog);
		return 99;
	}
	if ((env = getenv("LWBT_ARGP_FLAGS")))
		flags = strtoul(env, NULL, 0);
	if (strcmp(prog, "bare")) {
		argp_program_bug_address = "<bugs@example.org>";
		if (!strcmp(prog, "hook"))
			argp_program_version_hook = version_hook;
		else
			argp_program_version = "demo 1.2.3";
	}
	if ((env = getenv("LWBT_ARGP_EXIT")))
		argp_err_exit_status = atoi(env);
	if ((env = getenv("LWBT_ARGP_HELP"))) {
		argp_help(argp, stdout, strtoul(env, NULL, 0), argc > 1 ? argv[1] : "name");
		return 0;
	}
	r = argp_parse(argp, argc, argv, flags, getenv("LWBT_ARGP_NOINDEX") ? NULL : &index,
		(void *)"root-input");
	printf("argp_parse returned %d, index %d, argv:", r, index);
	for (i = 0; i < argc; i++)
		printf(" %s", argv[i]);
	printf("\n");
	return 0;
}
