/*
 * One directory: the names in it that match the last part of a pattern,
 * or that part itself when it has no wildcards and exists. As glibc:
 * - a literal name is looked up with lstat (so a dangling symbolic link
 *   is found), at dirname + '/' + name, unless GLOB_NOCHECK or
 *   GLOB_NOMAGIC make it the result anyway;
 * - otherwise the directory is read; under GLOB_ONLYDIR an entry that is
 *   not a directory by its d_type (a link or unknown type asks stat) is
 *   passed over before it is matched; names are matched with GNU fnmatch,
 *   FNM_PERIOD unless GLOB_PERIOD, FNM_NOESCAPE with GLOB_NOESCAPE;
 * - a directory that cannot be opened goes to the error callback with
 *   its errno, except ENOTDIR; a nonzero answer or GLOB_ERR aborts;
 * - on success gl_flags takes the call's flags, with GLOB_NOCHECK for a
 *   literal name and GLOB_MAGCHAR otherwise.
 * - GLOB_NOCHECK gives the path itself when nothing is found.
 * Results are dirname + '/' + name; "/name" in "/"; name alone when the
 * pattern has no '/' (dirname 0), "./name" when it says "./".
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include "glob_impl.h"
#include "../fnmatch/fnm.h"

/* How glibc puts a directory and a name together. */
enum { RESULT, LOOKUP, ENTRY };

/* dirname + '/' + name. With dirname 0 (no '/' in the pattern): name
 * alone as a result, "./" + name to look it up or stat an entry. With
 * dirname "/": "/" + name as a result; no second '/' after a dirname
 * ending in one to stat an entry. */
static char *join(const char *dirname, const char *name, int use)
{
	size_t d, n = strlen(name);
	char *p;

	if (!dirname && use == RESULT)
		return strdup(name);
	if (!dirname)
		dirname = ".";
	d = strlen(dirname);
	if ((use == RESULT && !strcmp(dirname, "/")) || (use == ENTRY && d && dirname[d - 1] == '/'))
		d--;
	if (!(p = malloc(d + n + 2)))
		return 0;
	memcpy(p, dirname, d);
	p[d] = '/';
	memcpy(p + d + 1, name, n + 1);
	return p;
}

/* The path itself, for GLOB_NOCHECK: gl_flags gets GLOB_MAGCHAR when the
 * directory could be read. */
static int unmatched(struct glob_run *r, const char *dirname, const char *name, int flags, int opened)
{
	int e;

	if (!(flags & GLOB_NOCHECK))
		return GLOB_NOMATCH;
	if ((e = __lwb_glob_add(r, join(dirname, name, RESULT))))
		return e;
	r->g->gl_flags = __lwb_glob_flags(flags) | GLOB_NOCHECK | (opened ? LWB_GLOB_MAGCHAR : 0);
	return 0;
}

/* A name without wildcards: looked up, or under GLOB_NOCHECK or
 * GLOB_NOMAGIC taken as it is. */
static int literal(struct glob_run *r, const char *dirname, const char *name, int flags)
{
	struct stat st;
	int e;

	if (!(flags & (GLOB_NOCHECK | LWB_GLOB_NOMAGIC))) {
		char *path = join(dirname, name, LOOKUP);
		int found;

		if (!path)
			return GLOB_NOSPACE;
		found = r->lstat(path, &st) == 0;
		free(path);
		if (!found)
			return GLOB_NOMATCH;
	}
	if ((e = __lwb_glob_add(r, join(dirname, name, RESULT))))
		return e;
	r->g->gl_flags = __lwb_glob_flags(flags) | GLOB_NOCHECK;
	return 0;
}

/* Whether a directory entry is a directory, for GLOB_ONLYDIR. */
static int entry_is_dir(struct glob_run *r, const char *dirname, const struct dirent *e, int *nomem)
{
	struct stat st;
	char *path;
	int yes;

	if (e->d_type == DT_DIR)
		return 1;
	if (e->d_type != DT_LNK && e->d_type != DT_UNKNOWN)
		return 0;
	if (!(path = join(dirname, e->d_name, ENTRY))) {
		*nomem = 1;
		return 0;
	}
	yes = r->stat(path, &st) == 0 && S_ISDIR(st.st_mode);
	free(path);
	return yes;
}

int __lwb_glob_in_dir(struct glob_run *r, const char *dirname, const char *filename, int flags)
{
	size_t start = r->g->gl_pathc;
	struct __lwb_fnm m;
	struct glob_dir d;
	struct dirent *e;
	int error = 0;

	if (!__lwb_glob_magic(filename, flags, 1))
		return literal(r, dirname, filename, flags);
	if (__lwb_glob_opendir(r, dirname ? dirname : ".", &d)) {
		int err = errno;

		if (err != ENOTDIR && ((r->errfunc && r->errfunc(dirname ? dirname : ".", err)) || (flags & GLOB_ERR)))
			return GLOB_ABORTED;
		return unmatched(r, dirname, filename, flags, 0);
	}
	/* One compiled pattern for every name. */
	__lwb_fnm_init(&m, filename, (flags & GLOB_NOESCAPE ? FNM_NOESCAPE : 0) | (flags & GLOB_PERIOD ? 0 : FNM_PERIOD));
	while (!error && (e = __lwb_glob_readdir(&d))) {
		int nomem = 0, no;

		if ((flags & LWB_GLOB_ONLYDIR) && !entry_is_dir(r, dirname, e, &nomem)) {
			if (nomem)
				error = GLOB_NOSPACE;
			continue;
		}
		if ((no = __lwb_fnm_exec(&m, e->d_name)) < 0)
			error = GLOB_NOSPACE;
		else if (!no)
			error = __lwb_glob_add(r, join(dirname, e->d_name, RESULT));
	}
	__lwb_fnm_fini(&m);
	__lwb_glob_closedir(&d);
	if (error)
		return error;
	if (r->g->gl_pathc == start)
		return unmatched(r, dirname, filename, flags, 1);
	r->g->gl_flags = __lwb_glob_flags(flags) | LWB_GLOB_MAGCHAR;
	return 0;
}
