/*
 * aliases and netgroup.
 */
#define _GNU_SOURCE
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#ifdef HAVE_ALIASES
#include <aliases.h>
#endif

#include "getent.h"

#ifdef HAVE_ALIASES
/* "name: " padded to 16 columns, then the members joined by ", ". */
static void put_alias(const struct aliasent *a)
{
	printf("%s: ", a->alias_name);
	for (size_t n = strlen(a->alias_name); n < 14; n++)
		putchar(' ');
	for (size_t i = 0; i < a->alias_members_len; i++)
		printf("%s%s", a->alias_members[i],
			i + 1 == a->alias_members_len ? "\n" : ", ");
}

int getent_aliases(int nkeys, char **keys)
{
	struct aliasent *a;
	int rc = 0;

	if (!nkeys) {
		setaliasent();
		while ((a = getaliasent()))
			put_alias(a);
		endaliasent();
		return 0;
	}
	for (int i = 0; i < nkeys; i++) {
		if ((a = getaliasbyname(keys[i])))
			put_alias(a);
		else
			rc = 2;
	}
	return rc;
}
#endif

#ifdef HAVE_NETGROUP
static char *wildcard(char *key)
{
	return strcmp(key, "*") ? key : 0;
}

/* One key: the group's triples. Four keys (group, host, user, domain; "*"
 * for any): whether the triple is in the group. Any other count prints
 * nothing. */
int getent_netgroup(int nkeys, char **keys)
{
	if (!nkeys)
		return getent_enumeration_unsupported("netgroup");
	if (nkeys == 1) {
		char *host, *user, *domain;
		if (!setnetgrent(keys[0]))
			return 2;
		printf("%-21s", keys[0]);
		while (getnetgrent(&host, &user, &domain))
			printf(" (%s,%s,%s)", host ? host : " ", user ? user : "",
				domain ? domain : "");
		putchar('\n');
		endnetgrent();
	} else if (nkeys == 4) {
		char *host = wildcard(keys[1]), *user = wildcard(keys[2]),
			*domain = wildcard(keys[3]);
		int in = innetgr(keys[0], host, user, domain);
		printf("%-21s (%s,%s,%s) = %d\n", keys[0], host ? host : "",
			user ? user : "", domain ? domain : "", in);
	}
	return 0;
}
#endif
