#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "sgent.h"

/* name:password:admin,admin:member,member. Missing fields are empty, and
 * everything after the third ':' belongs to the member list. The room
 * needed (glibc's, which the ERANGE protocol exposes) is both lists with
 * their NULLs and one pointer more.
 *
 * A NIS compat entry ("+name" or "-name") whose password field is empty
 * and last has a NULL password and a NULL admin list, as in glibc. */
int __lwb_sgparse(char *line, struct sgrp *sg, char *buf, size_t buflen)
{
	char **area, *s = line, *adm, *nl;
	int nis_end;
	size_t room = __lwb_pointer_room(line, buf, buflen, &area), nadm, nmem, left;

	nl = strchr(line, '\n');
	if (nl)
		*nl = 0;
	sg->sg_namp = __lwb_field(&s);
	nis_end = (*line == '+' || *line == '-') && !strchr(s, ':');
	sg->sg_passwd = __lwb_field(&s);
	if (nis_end && !*sg->sg_passwd) {
		if (room < 2)
			return ERANGE;
		sg->sg_passwd = NULL;
		sg->sg_adm = NULL;
		sg->sg_mem = area;
		area[0] = NULL;
		return 0;
	}
	adm = __lwb_field(&s);
	nadm = __lwb_split_list(adm, area, room);
	left = room > nadm + 1 ? room - (nadm + 1) : 0;
	nmem = __lwb_split_list(s, left ? area + nadm + 1 : NULL, left);
	if (room < nadm + nmem + 3)
		return ERANGE;
	sg->sg_adm = area;
	sg->sg_mem = area + nadm + 1;
	return 0;
}
