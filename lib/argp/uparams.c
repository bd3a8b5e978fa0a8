/*
 * ARGP_HELP_FMT: read at every help call, like glibc, on top of the values
 * the previous calls left (glibc keeps one set per process: a setting, once
 * read, stays after the variable changes or goes away), with glibc's
 * tokenizer and messages: names of letters, digits, '-' and '_'; a value
 * after '=' is the decimal digits there (none gives 0); "no-" before a
 * name without a value clears a flag; commas between settings are
 * optional; anything else ends the parse with "Garbage in ARGP_HELP_FMT".
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <stdlib.h>
#include <pthread.h>
#include <string.h>
#include "argp_int.h"

static struct __lwb_argp_uparams current = {
	.dup_args = 0, .dup_args_note = 1,
	.short_opt_col = 2, .long_opt_col = 6, .doc_opt_col = 2,
	.opt_doc_col = 29, .header_col = 1, .usage_indent = 12, .rmargin = 79,
};
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static const struct {
	const char *name;
	int is_bool;
	size_t off;
} names[] = {
	{ "dup-args", 1, offsetof(struct __lwb_argp_uparams, dup_args) },
	{ "dup-args-note", 1, offsetof(struct __lwb_argp_uparams, dup_args_note) },
	{ "short-opt-col", 0, offsetof(struct __lwb_argp_uparams, short_opt_col) },
	{ "long-opt-col", 0, offsetof(struct __lwb_argp_uparams, long_opt_col) },
	{ "doc-opt-col", 0, offsetof(struct __lwb_argp_uparams, doc_opt_col) },
	{ "opt-doc-col", 0, offsetof(struct __lwb_argp_uparams, opt_doc_col) },
	{ "header-col", 0, offsetof(struct __lwb_argp_uparams, header_col) },
	{ "usage-indent", 0, offsetof(struct __lwb_argp_uparams, usage_indent) },
	{ "rmargin", 0, offsetof(struct __lwb_argp_uparams, rmargin) },
};

static int name_char(int c)
{
	return isalnum(c) || c == '-' || c == '_';
}

static void parse(const char *, const struct argp_state *);

void __lwb_argp_uparams(struct __lwb_argp_uparams *u, const struct argp_state *state)
{
	const char *p = getenv("ARGP_HELP_FMT");

	pthread_mutex_lock(&lock);
	if (p)
		parse(p, state);
	*u = current;
	pthread_mutex_unlock(&lock);
}

static void parse(const char *p, const struct argp_state *state)
{
	struct __lwb_argp_uparams *u = &current;

	for (;;) {
		const char *name;
		size_t len, i;
		int value = 0, unspec = 1;

		while (isspace((unsigned char)*p))
			p++;
		if (!*p)
			break;
		if (!isalpha((unsigned char)*p)) {
			argp_failure(state, 0, 0, __lwb_argp_msg("Garbage in ARGP_HELP_FMT: %s"), p);
			break;
		}
		name = p;
		while (name_char((unsigned char)*p))
			p++;
		len = p - name;
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '=') {
			p++;
			while (isspace((unsigned char)*p))
				p++;
			unspec = 0;
			value = atoi(p);
			while (isdigit((unsigned char)*p))
				p++;
		} else if (isdigit((unsigned char)*p)) {
			unspec = 0;
			value = atoi(p);
			while (isdigit((unsigned char)*p))
				p++;
		}
		if (unspec) {
			if (len > 3 && !strncmp(name, "no-", 3)) {
				name += 3;
				len -= 3;
				value = 0;
			} else {
				value = 1;
			}
		}
		for (i = 0; i < sizeof names / sizeof names[0]; i++)
			if (strlen(names[i].name) == len && !strncmp(names[i].name, name, len))
				break;
		if (i == sizeof names / sizeof names[0])
			argp_failure(state, 0, 0,
				__lwb_argp_msg("%.*s: Unknown ARGP_HELP_FMT parameter"), (int)len, name);
		else if (unspec && !names[i].is_bool)
			argp_failure(state, 0, 0,
				__lwb_argp_msg("%.*s: ARGP_HELP_FMT parameter requires a value"),
				(int)len, name);
		else
			*(int *)((char *)u + names[i].off) = value;
		while (isspace((unsigned char)*p))
			p++;
		if (*p == ',')
			p++;
	}
}
