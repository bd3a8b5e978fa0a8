#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include "scan.h"

static int same_meaning(const struct option *a, const struct option *b)
{
	return a->has_arg == b->has_arg && a->flag == b->flag && a->val == b->val;
}

/* With several options starting with the name given, glibc lists the first
 * and every later one that means something else (for getopt_long_only:
 * every one) in the order of the table. */
static int listed(const struct option *first, const struct option *o, int long_only)
{
	return o == first || long_only || !same_meaning(first, o);
}

static void report_ambiguous(const char *prog, const char *prefix, const char *text,
	const struct option *first, size_t namelen, int long_only)
{
	const struct option *o;

	flockfile(stderr);
	fprintf(stderr, "%s: option '%s%s' is ambiguous; possibilities:", prog, prefix, text);
	for (o = first; o->name; o++)
		if (!strncmp(o->name, text, namelen) && listed(first, o, long_only))
			fprintf(stderr, " '%s%s'", prefix, o->name);
	fputc('\n', stderr);
	funlockfile(stderr);
}

int __lwb_getopt_long_option(struct __lwb_getopt_state *st, int argc,
	char *const *argv, const char *optstring, const struct option *longopts,
	int *longindex, int long_only, int fallback, const char *prefix, int print_errors)
{
	const char *text = st->nextchar;
	const char *value = strchr(text, '=');
	size_t namelen = value ? (size_t)(value - text) : strlen(text);
	const struct option *found = 0, *o;
	int ambiguous = 0;

	/* An exact name wins over any abbreviation. */
	for (o = longopts; o->name; o++)
		if (!strncmp(o->name, text, namelen) && o->name[namelen] == '\0') {
			found = o;
			break;
		}
	if (!found) {
		for (o = longopts; o->name; o++) {
			if (strncmp(o->name, text, namelen))
				continue;
			if (!found)
				found = o;
			else if (long_only || !same_meaning(found, o))
				ambiguous = 1;
		}
		if (ambiguous) {
			if (print_errors)
				report_ambiguous(argv[0], prefix, text, found, namelen,
					long_only);
			st->nextchar = 0;
			st->optind++;
			st->optopt = 0;
			return '?';
		}
	}

	if (!found) {
		/* getopt_long_only: "-xyz" may still be short options. */
		if (fallback && strchr(optstring, *text))
			return -1;
		if (print_errors)
			fprintf(stderr, "%s: unrecognized option '%s%s'\n", argv[0], prefix, text);
		st->nextchar = 0;
		st->optind++;
		st->optopt = 0;
		return '?';
	}

	st->nextchar = 0;
	st->optind++;
	if (value) {
		if (!found->has_arg) {
			if (print_errors)
				fprintf(stderr, "%s: option '%s%s' doesn't allow an argument\n",
					argv[0], prefix, found->name);
			st->optopt = found->val;
			return '?';
		}
		st->optarg = (char *)value + 1;
	} else if (found->has_arg == required_argument) {
		if (st->optind >= argc) {
			if (print_errors)
				fprintf(stderr, "%s: option '%s%s' requires an argument\n",
					argv[0], prefix, found->name);
			st->optopt = found->val;
			return optstring[0] == ':' ? ':' : '?';
		}
		st->optarg = argv[st->optind++];
	}

	if (longindex)
		*longindex = (int)(found - longopts);
	if (found->flag) {
		*found->flag = found->val;
		return 0;
	}
	return found->val;
}
