/*
 * passwd, group, shadow, gshadow and initgroups. Records are written with
 * glibc's put*ent rules: a field holding ':' or '\n' (',' in a list)
 * rejects the record, except GECOS where such characters become spaces;
 * NIS compat names (+name, -name) have empty ids.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <shadow.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef HAVE_GSHADOW
#include <gshadow.h>
#endif

#include "getent.h"

static const char *field(const char *s)
{
	return s ? s : "";
}

static int valid(const char *s, const char *bad)
{
	return !s || !s[strcspn(s, bad)];
}

static int valid_list(char **list)
{
	for (; list && *list; list++)
		if (!valid(*list, ":\n,"))
			return 0;
	return 1;
}

static void print_list(char **list)
{
	for (int i = 0; list && list[i]; i++) {
		if (i)
			line_char(',');
		line_str(list[i]);
	}
}

static int nis_compat(const char *name)
{
	return name && (name[0] == '+' || name[0] == '-');
}

static void rejected(const char *what)
{
	fprintf(stderr, "error writing %s entry: %s\n", what, strerror(EINVAL));
}

/* glibc's numeric keys (strtoul, base 10, the whole key) for uid_t and
 * gid_t, but range-checked: a key beyond 32 bits or negative is no id
 * rather than one wrapped around (glibc prints root for 4294967296).
 * Returns 1 numeric and in range, 0 not numeric, -1 out of range. */
static int numeric_id(const char *key, uint32_t *id)
{
	const char *p = key;
	unsigned long long n;
	char *end;

	if (!*key)
		return 0;
	errno = 0;
	n = strtoull(key, &end, 10);
	if (*end || end == key)
		return 0;
	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p == '-' || errno == ERANGE || n > UINT32_MAX)
		return -1;
	*id = n;
	return 1;
}

static void put_passwd(const struct passwd *pw)
{
	const char *g;

	if (!valid(pw->pw_name, ":\n") || !valid(pw->pw_passwd, ":\n")
			|| !valid(pw->pw_dir, ":\n") || !valid(pw->pw_shell, ":\n")) {
		rejected("passwd");
		return;
	}
	g = field(pw->pw_gecos);
	line_str(field(pw->pw_name));
	line_char(':');
	line_str(field(pw->pw_passwd));
	line_char(':');
	if (nis_compat(pw->pw_name)) {
		line_str("::");
	} else {
		line_unsigned(pw->pw_uid);
		line_char(':');
		line_unsigned(pw->pw_gid);
		line_char(':');
	}
	for (; *g; g++)
		line_char(*g == ':' || *g == '\n' ? ' ' : *g);
	line_char(':');
	line_str(field(pw->pw_dir));
	line_char(':');
	line_str(field(pw->pw_shell));
	line_char('\n');
	line_end();
}

int getent_passwd(int nkeys, char **keys)
{
	struct passwd *pw;
	int rc = 0;

	if (!nkeys) {
		setpwent();
		while ((pw = getpwent()))
			put_passwd(pw);
		endpwent();
		return 0;
	}
	for (int i = 0; i < nkeys; i++) {
		uint32_t id;
		int numeric = numeric_id(keys[i], &id);
		if (numeric < 0)
			pw = 0;
		else if (numeric)
			pw = getpwuid(id);
		else
			pw = getpwnam(keys[i]);
		if (pw)
			put_passwd(pw);
		else
			rc = 2;
	}
	return rc;
}

static void put_group(const struct group *gr)
{
	if (!valid(gr->gr_name, ":\n") || !valid(gr->gr_passwd, ":\n")
			|| !valid_list(gr->gr_mem)) {
		rejected("group");
		return;
	}
	line_str(field(gr->gr_name));
	line_char(':');
	line_str(field(gr->gr_passwd));
	line_char(':');
	if (!nis_compat(gr->gr_name))
		line_unsigned(gr->gr_gid);
	line_char(':');
	print_list(gr->gr_mem);
	line_char('\n');
	line_end();
}

int getent_group(int nkeys, char **keys)
{
	struct group *gr;
	int rc = 0;

	if (!nkeys) {
		setgrent();
		while ((gr = getgrent()))
			put_group(gr);
		endgrent();
		return 0;
	}
	for (int i = 0; i < nkeys; i++) {
		uint32_t id;
		int numeric = numeric_id(keys[i], &id);
		if (numeric < 0)
			gr = 0;
		else if (numeric)
			gr = getgrgid(id);
		else
			gr = getgrnam(keys[i]);
		if (gr)
			put_group(gr);
		else
			rc = 2;
	}
	return rc;
}

/* A count of -1 (and a flag of ~0) is an empty field. */
static void put_count(long n)
{
	if (n != -1)
		line_signed(n);
}

static void put_shadow(const struct spwd *sp)
{
	if (!valid(sp->sp_namp, ":\n") || !valid(sp->sp_pwdp, ":\n")) {
		rejected("shadow");
		return;
	}
	line_str(field(sp->sp_namp));
	line_char(':');
	line_str(field(sp->sp_pwdp));
	line_char(':');
	put_count(sp->sp_lstchg);
	line_char(':');
	put_count(sp->sp_min);
	line_char(':');
	put_count(sp->sp_max);
	line_char(':');
	put_count(sp->sp_warn);
	line_char(':');
	put_count(sp->sp_inact);
	line_char(':');
	put_count(sp->sp_expire);
	line_char(':');
	if (sp->sp_flag != ~0UL)
		line_unsigned(sp->sp_flag);
	line_char('\n');
	line_end();
}

int getent_shadow(int nkeys, char **keys)
{
	struct spwd *sp;
	int rc = 0;

	if (!nkeys) {
		setspent();
		while ((sp = getspent()))
			put_shadow(sp);
		endspent();
		return 0;
	}
	for (int i = 0; i < nkeys; i++) {
		if ((sp = getspnam(keys[i])))
			put_shadow(sp);
		else
			rc = 2;
	}
	return rc;
}

#ifdef HAVE_GSHADOW
static void put_gshadow(const struct sgrp *sg)
{
	if (!valid(sg->sg_namp, ":\n") || !valid(sg->sg_passwd, ":\n")
			|| !valid_list(sg->sg_adm) || !valid_list(sg->sg_mem)) {
		rejected("gshadow");
		return;
	}
	line_str(field(sg->sg_namp));
	line_char(':');
	line_str(field(sg->sg_passwd));
	line_char(':');
	print_list(sg->sg_adm);
	line_char(':');
	print_list(sg->sg_mem);
	line_char('\n');
	line_end();
}

int getent_gshadow(int nkeys, char **keys)
{
	struct sgrp *sg;
	int rc = 0;

	if (!nkeys) {
		setsgent();
		while ((sg = getsgent()))
			put_gshadow(sg);
		endsgent();
		return 0;
	}
	for (int i = 0; i < nkeys; i++) {
		if ((sg = getsgnam(keys[i])))
			put_gshadow(sg);
		else
			rc = 2;
	}
	return rc;
}
#endif

/* The groups of each user, from getgrouplist with (gid_t)-1 as the primary
 * group, which is left out: a user's primary group shows only where the
 * group file lists the user. An unknown user is a line with the bare name. */
int getent_initgroups(int nkeys, char **keys)
{
	int rc = 0;

	if (!nkeys)
		return getent_enumeration_unsupported("initgroups");
	for (int i = 0; i < nkeys; i++) {
		int n = 64, want;
		gid_t *groups = 0;
		for (;;) {
			gid_t *grown = realloc(groups, n * sizeof *groups);
			if (!grown) {
				free(groups);
				groups = 0;
				break;
			}
			groups = grown;
			want = n;
			if (getgrouplist(keys[i], (gid_t)-1, groups, &want) >= 0) {
				n = want;
				break;
			}
			if (want <= n)
				n *= 2;
			else
				n = want;
		}
		if (!groups) {
			rc = 1;
			continue;
		}
		printf("%-21s", keys[i]);
		for (int j = 0; j < n; j++)
			if (groups[j] != (gid_t)-1)
				printf(" %ld", (long)groups[j]);
		putchar('\n');
		free(groups);
	}
	return rc;
}
