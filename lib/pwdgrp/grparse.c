#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "pwent.h"

/* name:password:gid:member,member, the members being the rest of the
 * line. The room needed (glibc's, which the ERANGE protocol exposes) is
 * the member list with its NULL and one pointer more. */
int __lwb_grparse(char *line, struct group *gr, char *buf, size_t buflen)
{
	char **area, *s = line, *nl;
	size_t room = __lwb_pointer_room(line, buf, buflen, &area), n;
	int nis;

	nl = strchr(line, '\n');
	if (nl)
		*nl = 0;
	gr->gr_name = __lwb_field(&s);
	nis = LWB_NIS(gr->gr_name);
	if (nis && !*s) {
		if (room < 2)
			return ERANGE;
		gr->gr_passwd = NULL;
		gr->gr_gid = 0;
		gr->gr_mem = area;
		area[0] = NULL;
		return 0;
	}
	gr->gr_passwd = __lwb_field(&s);
	if (__lwb_id_field(&s, nis, &gr->gr_gid))
		return -1;
	n = __lwb_split_list(s, area, room);
	if (room < n + 2)
		return ERANGE;
	gr->gr_mem = area;
	return 0;
}
