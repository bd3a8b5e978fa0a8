/*
 * argp's own argv scanner, with GNU getopt_long's rules: options are
 * permuted before operands unless asked to keep order, "--" ends options,
 * long names may be abbreviated to any unambiguous prefix, and errors are
 * reported with glibc's getopt messages. It keeps its state in the
 * struct, so parses never share anything.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "argp_int.h"

static int is_operand(const char *a)
{
	return a[0] != '-' || a[1] == 0;
}

/* Move the operands skipped so far, argv[first_nonopt..last_nonopt), after
 * the options found since, argv[last_nonopt..optind). */
static void exchange(struct __lwb_scan *s)
{
	int a = s->first_nonopt, b = s->last_nonopt, c = s->optind;
	char **tmp;
	int n = b - a;

	tmp = malloc(n * sizeof *tmp);
	if (tmp) {
		memcpy(tmp, &s->argv[a], n * sizeof *tmp);
		memmove(&s->argv[a], &s->argv[b], (c - b) * sizeof *tmp);
		memcpy(&s->argv[a + (c - b)], tmp, n * sizeof *tmp);
		free(tmp);
	} else {
		/* Rotate in place, one element at a time. */
		int i, j;
		for (i = 0; i < n; i++) {
			char *x = s->argv[a];
			for (j = a; j < c - 1; j++)
				s->argv[j] = s->argv[j + 1];
			s->argv[c - 1] = x;
		}
	}
	s->first_nonopt += c - b;
	s->last_nonopt = c;
}

static const struct __lwb_scan_opt *find_short(const struct __lwb_scan *s, int c)
{
	size_t i;

	for (i = 0; i < s->nopts; i++)
		if (s->opts[i].key == c && s->opts[i].key > 0 && s->opts[i].key < 256 &&
		    s->opts[i].short_ok)
			return &s->opts[i];
	return NULL;
}

static void err(const struct __lwb_scan *s, const char *fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));

static void err(const struct __lwb_scan *s, const char *fmt, ...)
{
	va_list ap;

	if (!s->print_errors)
		return;
	va_start(ap, fmt);
	flockfile(stderr);
	fprintf(stderr, "%s: ", s->argv[0]);
	vfprintf(stderr, fmt, ap);
	funlockfile(stderr);
	va_end(ap);
}

static int same(const struct __lwb_scan_opt *a, const struct __lwb_scan_opt *b)
{
	return a->has_arg == b->has_arg && a->group == b->group && a->key == b->key;
}

/* Whether an option before opts[i] has its long name: as in glibc, a
 * name given twice (a child's option named as its parent's) neither
 * makes an abbreviation ambiguous nor is listed twice; the first wins. */
static int named_before(const struct __lwb_scan *s, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (s->opts[j].name && !strcmp(s->opts[j].name, s->opts[i].name))
			return 1;
	return 0;
}

/* A long option at nextchar (after "--", or "-" in long-only mode).
 * Returns 1 when handled, 0 when long-only should fall back to short. */
static int long_opt(struct __lwb_scan *s, const char *prefix, int *ret)
{
	char *name = s->nextchar;
	char *end = strchrnul(name, '=');
	size_t len = end - name, i;
	const struct __lwb_scan_opt *found = NULL, *p;
	unsigned char *ambig = NULL;
	int ambiguous = 0;

	for (i = 0; i < s->nopts; i++) {
		p = &s->opts[i];
		if (p->name && !strncmp(p->name, name, len) && strlen(p->name) == len) {
			found = p;
			break;
		}
	}
	if (!found) {
		for (i = 0; i < s->nopts; i++) {
			p = &s->opts[i];
			if (!p->name || strncmp(p->name, name, len) || named_before(s, i))
				continue;
			if (!found) {
				found = p;
			} else if (s->long_only || !same(found, p)) {
				if (!ambig) {
					ambig = calloc(s->nopts, 1);
					if (!ambig) {
						ambiguous = 1;
						break;
					}
					ambig[found - s->opts] = 1;
				}
				ambig[i] = 1;
				ambiguous = 1;
			}
		}
	}
	if (ambiguous) {
		if (s->print_errors) {
			flockfile(stderr);
			fprintf(stderr, "%s: option '%s%s' is ambiguous; possibilities:",
				s->argv[0], prefix, name);
			for (i = 0; ambig && i < s->nopts; i++)
				if (ambig[i])
					fprintf(stderr, " '%s%s'", prefix, s->opts[i].name);
			fputc('\n', stderr);
			funlockfile(stderr);
		}
		free(ambig);
		s->nextchar = NULL;
		s->optind++;
		s->optopt = 0;
		*ret = SCAN_ERR;
		return 1;
	}
	if (!found) {
		if (s->long_only && prefix[1] == 0 && find_short(s, (unsigned char)*name))
			return 0;
		err(s, "unrecognized option '%s%s'\n", prefix, name);
		s->nextchar = NULL;
		s->optind++;
		s->optopt = 0;
		*ret = SCAN_ERR;
		return 1;
	}
	s->nextchar = NULL;
	s->optind++;
	s->optarg = NULL;
	if (*end == '=') {
		if (!found->has_arg) {
			err(s, "option '%s%s' doesn't allow an argument\n", prefix, found->name);
			s->optopt = found->key;
			*ret = SCAN_ERR;
			return 1;
		}
		s->optarg = end + 1;
	} else if (found->has_arg == 1) {
		if (s->optind < s->argc) {
			s->optarg = s->argv[s->optind++];
		} else {
			err(s, "option '%s%s' requires an argument\n", prefix, found->name);
			s->optopt = found->key;
			*ret = SCAN_ERR;
			return 1;
		}
	}
	s->found = found;
	s->was_long = 1;
	*ret = SCAN_OPT;
	return 1;
}

int __lwb_scan_next(struct __lwb_scan *s)
{
	const struct __lwb_scan_opt *o;
	int c, ret;

	s->optarg = NULL;
	s->found = NULL;
	s->was_long = 0;
	if (s->optind < 1)
		s->optind = 1;
	if (!s->nextchar || !*s->nextchar) {
		s->nextchar = NULL;
		if (s->last_nonopt > s->optind)
			s->last_nonopt = s->optind;
		if (s->first_nonopt > s->optind)
			s->first_nonopt = s->optind;
		if (s->order == 0) {
			if (s->first_nonopt != s->last_nonopt && s->last_nonopt != s->optind)
				exchange(s);
			else if (s->last_nonopt != s->optind)
				s->first_nonopt = s->optind;
			while (s->optind < s->argc && is_operand(s->argv[s->optind]))
				s->optind++;
			s->last_nonopt = s->optind;
		}
		if (s->optind != s->argc && !strcmp(s->argv[s->optind], "--")) {
			s->optind++;
			if (s->first_nonopt != s->last_nonopt && s->last_nonopt != s->optind)
				exchange(s);
			else if (s->first_nonopt == s->last_nonopt)
				s->first_nonopt = s->optind;
			s->last_nonopt = s->argc;
			s->optind = s->argc;
		}
		if (s->optind == s->argc) {
			if (s->first_nonopt != s->last_nonopt)
				s->optind = s->first_nonopt;
			return SCAN_END;
		}
		if (is_operand(s->argv[s->optind])) {
			if (s->order == 2)
				return SCAN_END;
			s->optarg = s->argv[s->optind++];
			return SCAN_ARG;
		}
		if (s->argv[s->optind][1] == '-') {
			s->nextchar = s->argv[s->optind] + 2;
			long_opt(s, "--", &ret);
			return ret;
		}
		s->nextchar = s->argv[s->optind] + 1;
		if (s->long_only && (s->argv[s->optind][2] ||
		    !find_short(s, (unsigned char)s->argv[s->optind][1]))) {
			if (long_opt(s, "-", &ret))
				return ret;
		}
	}
	c = (unsigned char)*s->nextchar++;
	o = c == ':' || c == ';' ? NULL : find_short(s, c);
	if (!*s->nextchar)
		s->optind++;
	if (!o) {
		err(s, "invalid option -- '%c'\n", c);
		s->optopt = c;
		if (!*s->nextchar)
			s->nextchar = NULL;
		return SCAN_ERR;
	}
	if (o->has_arg) {
		if (*s->nextchar) {
			s->optarg = s->nextchar;
			s->optind++;
		} else if (o->has_arg == 1) {
			if (s->optind < s->argc) {
				s->optarg = s->argv[s->optind++];
			} else {
				err(s, "option requires an argument -- '%c'\n", c);
				s->optopt = c;
				s->nextchar = NULL;
				return SCAN_ERR;
			}
		}
		s->nextchar = NULL;
	}
	s->found = o;
	return SCAN_OPT;
}
