/*
 * argp_parse: flatten the parser tree into groups (pre-order), scan argv
 * with the module's own GNU-rules scanner, and call the parsers with the
 * sequence of keys glibc uses, measured by logging every call:
 *   ARGP_KEY_INIT   each group in order; a failure returns at once
 *   options and ARGP_KEY_ARG (then ARGP_KEY_ARGS) as argv is scanned
 *   ARGP_KEY_NO_ARGS in order, to groups that took no argument, and
 *   ARGP_KEY_END    in reverse order, only when every argument was used
 *   ARGP_KEY_SUCCESS in reverse order, or ARGP_KEY_ERROR in order
 *   ARGP_KEY_FINI   in reverse order
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "argp_int.h"

static size_t count_groups(const struct argp *a, size_t *nkids, size_t *nopts)
{
	const struct argp_child *c;
	const struct argp_option *o;
	size_t n = 1;

	for (o = a->options; o && !_option_is_end(o); o++)
		++*nopts;
	for (c = a->children; c && c->argp; c++) {
		++*nkids;
		n += count_groups(c->argp, nkids, nopts);
	}
	return n;
}

static void add_group(struct __lwb_argp_pstate *ps, const struct argp *a, int parent,
	unsigned parent_index, void ***inputs)
{
	size_t me = ps->ngroups++;
	struct __lwb_argp_group *g = &ps->groups[me];
	const struct argp_child *c;
	const struct argp_option *o, *real = NULL;
	unsigned i = 0;

	g->argp = a;
	g->parent = parent;
	g->parent_index = parent_index;
	g->child_inputs = NULL;
	for (c = a->children; c && c->argp; c++)
		i++;
	if (i) {
		g->child_inputs = *inputs;
		*inputs += i;
	}
	for (o = a->options; o && !_option_is_end(o); o++) {
		struct __lwb_scan_opt *s;
		if (!(o->flags & OPTION_ALIAS) || !real)
			real = o;
		if (o->flags & OPTION_DOC)
			continue;
		s = &ps->opts[ps->nopts++];
		s->name = o->name;
		s->key = (o->flags & OPTION_ALIAS) && !o->key ? real->key : o->key;
		s->group = me;
		s->has_arg = real->arg ? (real->flags & OPTION_ARG_OPTIONAL ? 2 : 1) : 0;
		s->short_ok = _option_is_short(o);
	}
	for (c = a->children, i = 0; c && c->argp; c++, i++)
		add_group(ps, c->argp, me, i, inputs);
}

static error_t call(struct argp_state *st, struct __lwb_argp_group *g, int key, char *arg)
{
	error_t err;

	if (!g->argp->parser) {
		/* A parser without a function hands its input to its first
		 * child (which is how the caller's input reaches the root
		 * below argp_parse's own top). */
		if (key == ARGP_KEY_INIT && g->child_inputs)
			g->child_inputs[0] = g->input;
		return ARGP_ERR_UNKNOWN;
	}
	st->hook = g->hook;
	st->input = g->input;
	st->child_inputs = g->child_inputs;
	st->arg_num = g->args;
	err = g->argp->parser(key, arg, st);
	g->hook = st->hook;
	return err;
}

/* A non-option argument: each group in turn gets ARGP_KEY_ARG, then
 * ARGP_KEY_ARGS, until one takes it. Returns 0 or an error, or
 * ARGP_ERR_UNKNOWN when nobody wanted it (next then points at it). */
static error_t take_arg(struct argp_state *st, struct __lwb_argp_pstate *ps, char *arg)
{
	int index = st->next;
	size_t i;

	for (i = 0; i < ps->ngroups; i++) {
		struct __lwb_argp_group *g = &ps->groups[i];
		error_t err;

		st->next = index + 1;
		err = call(st, g, ARGP_KEY_ARG, arg);
		if (err != ARGP_ERR_UNKNOWN) {
			/* Every argument it consumed counts; one it put back
			 * (next moved back) is not processed. */
			if (!err && st->next > index)
				g->args += st->next - index;
			return err;
		}
		st->next = index;
		err = call(st, g, ARGP_KEY_ARGS, NULL);
		if (err != ARGP_ERR_UNKNOWN) {
			if (!err) {
				g->args += st->argc - index;
				st->next = st->argc;
			}
			return err;
		}
	}
	st->next = index;
	return ARGP_ERR_UNKNOWN;
}

static error_t take_opt(struct argp_state *st, struct __lwb_argp_pstate *ps)
{
	const struct __lwb_scan_opt *o = ps->scan.found;
	error_t err = call(st, &ps->groups[o->group], o->key, ps->scan.optarg);

	if (err == ARGP_ERR_UNKNOWN) {
		if (!ps->scan.was_long)
			argp_error(st, __lwb_argp_msg("-%c: (PROGRAM ERROR) Option should have been recognized!?"),
				o->key);
		else
			argp_error(st, __lwb_argp_msg("--%s: (PROGRAM ERROR) Option should have been recognized!?"),
				o->name);
		/* Then, as for an unknown option, glibc points to the help
		 * (a second time, under ARGP_NO_EXIT). */
		argp_state_help(st, st->err_stream, ARGP_HELP_STD_ERR);
		err = EINVAL;
	}
	return err;
}

error_t argp_parse(const struct argp *argp, int argc, char **argv, unsigned flags,
	int *arg_index, void *input)
{
	struct __lwb_argp_pstate ps;
	struct argp_state st;
	size_t ngroups, nkids = 0, nopts = 0, i;
	void **inputs;
	error_t err = 0;
	int r;

	memset(&ps, 0, sizeof ps);
	i = 0;
	if (argp)
		ps.kids[i++] = (struct argp_child){ argp, 0, NULL, 0 };
	if (!(flags & ARGP_NO_HELP)) {
		ps.kids[i++] = (struct argp_child){ &__lwb_argp_default, 0, NULL, 0 };
		if (argp_program_version || argp_program_version_hook)
			ps.kids[i++] = (struct argp_child){ &__lwb_argp_version, 0, NULL, 0 };
	}
	ps.top.children = ps.kids;

	ngroups = count_groups(&ps.top, &nkids, &nopts);
	ps.groups = calloc(ngroups, sizeof *ps.groups);
	ps.inputs = calloc(nkids + 1, sizeof *ps.inputs);
	ps.opts = calloc(nopts + 1, sizeof *ps.opts);
	if (!ps.groups || !ps.inputs || !ps.opts) {
		free(ps.groups);
		free(ps.inputs);
		free(ps.opts);
		return ENOMEM;
	}
	inputs = ps.inputs;
	add_group(&ps, &ps.top, -1, 0, &inputs);

	memset(&st, 0, sizeof st);
	*(const struct argp **)&st.root_argp = &ps.top;
	st.argc = argc;
	st.argv = argv;
	st.flags = flags;
	st.err_stream = stderr;
	st.out_stream = stdout;
	st.pstate = &ps;
	if (argv && argv[0] && !(flags & ARGP_PARSE_ARGV0)) {
		char *slash = strrchr(argv[0], '/');
		st.name = slash ? slash + 1 : argv[0];
	} else {
		st.name = (char *)__lwb_argp_short_name();
	}

	ps.groups[0].input = input;
	for (i = 0; i < ps.ngroups; i++) {
		struct __lwb_argp_group *g = &ps.groups[i];
		if (g->parent >= 0)
			g->input = ps.groups[g->parent].child_inputs[g->parent_index];
		err = call(&st, g, ARGP_KEY_INIT, NULL);
		if (err == ARGP_ERR_UNKNOWN)
			err = 0;
		if (err)
			goto out;
	}

	ps.scan.argc = argc;
	ps.scan.argv = argv;
	ps.scan.opts = ps.opts;
	ps.scan.nopts = ps.nopts;
	ps.scan.long_only = (flags & ARGP_LONG_ONLY) != 0;
	ps.scan.print_errors = !(flags & ARGP_NO_ERRS);
	if (flags & ARGP_IN_ORDER)
		ps.scan.order = 1;
	else if ((flags & ARGP_NO_ARGS) || getenv("POSIXLY_CORRECT"))
		ps.scan.order = 2;
	ps.scan.optind = ps.scan.first_nonopt = ps.scan.last_nonopt = 1;
	st.next = 1;

scan:
	for (;;) {
		if (st.next != ps.scan.optind) {
			ps.scan.optind = st.next;
			ps.scan.nextchar = NULL;
		}
		r = __lwb_scan_next(&ps.scan);
		st.next = ps.scan.optind;
		if (r == SCAN_END)
			break;
		if (r == SCAN_ERR) {
			argp_state_help(&st, st.err_stream, ARGP_HELP_STD_ERR);
			err = EINVAL;
			break;
		}
		if (r == SCAN_OPT) {
			err = take_opt(&st, &ps);
		} else {
			/* In order: this operand now, where it stands (even under
			 * ARGP_NO_ARGS, as glibc does). */
			st.next--;
			err = take_arg(&st, &ps, ps.scan.optarg);
			if (err == ARGP_ERR_UNKNOWN) {
				err = 0;
				goto unparsed;
			}
		}
		if (err)
			break;
	}
	if (!err) {
		while (st.next < argc) {
			int index = st.next;
			if (flags & ARGP_NO_ARGS)
				break;
			err = take_arg(&st, &ps, argv[st.next]);
			if (err == ARGP_ERR_UNKNOWN) {
				err = 0;
				break;
			}
			if (err)
				break;
			if (st.next <= index) {
				/* Put back, perhaps rewritten into an option: scan
				 * options again from there. */
				ps.scan.optind = ps.scan.first_nonopt = ps.scan.last_nonopt = st.next;
				ps.scan.nextchar = NULL;
				goto scan;
			}
		}
	}
unparsed:
	if (!err) {
		if (st.next >= argc) {
			for (i = 0; i < ps.ngroups && !err; i++)
				if (!ps.groups[i].args) {
					err = call(&st, &ps.groups[i], ARGP_KEY_NO_ARGS, NULL);
					if (err == ARGP_ERR_UNKNOWN)
						err = 0;
				}
			for (i = ps.ngroups; i-- > 0 && !err;) {
				err = call(&st, &ps.groups[i], ARGP_KEY_END, NULL);
				if (err == ARGP_ERR_UNKNOWN)
					err = 0;
			}
		}
		if (arg_index) {
			*arg_index = st.next;
		} else if (st.next < argc && !err) {
			argp_error(&st, "%s", __lwb_argp_msg("Too many arguments"));
			err = EINVAL;
		}
	}
	if (err) {
		for (i = 0; i < ps.ngroups; i++)
			call(&st, &ps.groups[i], ARGP_KEY_ERROR, NULL);
	} else {
		for (i = ps.ngroups; i-- > 0 && !err;) {
			err = call(&st, &ps.groups[i], ARGP_KEY_SUCCESS, NULL);
			if (err == ARGP_ERR_UNKNOWN)
				err = 0;
		}
	}
	for (i = ps.ngroups; i-- > 0;)
		call(&st, &ps.groups[i], ARGP_KEY_FINI, NULL);
	if (err == ARGP_ERR_UNKNOWN)
		err = EINVAL;
out:
	free(ps.groups);
	free(ps.inputs);
	free(ps.opts);
	return err;
}
