#define _GNU_SOURCE
#include <string.h>
#include "pwent.h"

/* name:password:uid:gid:gecos:dir:shell, the shell being the rest of the
 * line. Missing fields after the gid are empty. A NIS compat entry with
 * nothing after its name has NULL strings and ids 0, as in glibc. */
int __lwb_pwparse(char *line, struct passwd *pw)
{
	char *s = line, *nl = strchr(line, '\n');
	int nis;

	if (nl)
		*nl = 0;
	pw->pw_name = __lwb_field(&s);
	nis = LWB_NIS(pw->pw_name);
	if (nis && !*s) {
		pw->pw_passwd = pw->pw_gecos = pw->pw_dir = pw->pw_shell = NULL;
		pw->pw_uid = pw->pw_gid = 0;
		return 0;
	}
	pw->pw_passwd = __lwb_field(&s);
	if (__lwb_id_field(&s, nis, &pw->pw_uid) || __lwb_id_field(&s, nis, &pw->pw_gid))
		return -1;
	pw->pw_gecos = __lwb_field(&s);
	pw->pw_dir = __lwb_field(&s);
	pw->pw_shell = s;
	return 0;
}
