#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include "pwent.h"

/* As glibc: the record is checked whole and nothing is written for one it
 * rejects (EINVAL): no name, or ':' or '\n' in the name, password, home or
 * shell. In the GECOS field those become spaces. A NIS compat name (+name,
 * -name) has empty ids. musl writes whatever it is given. */
int __wrap_putpwent(const struct passwd *pw, FILE *f)
{
	const char *pwd, *gecos;
	int r = 0;

	if (!pw || !f || !pw->pw_name || !__lwb_valid_field(pw->pw_name, 0)
	    || !__lwb_valid_field(pw->pw_passwd, 0) || !__lwb_valid_field(pw->pw_dir, 0)
	    || !__lwb_valid_field(pw->pw_shell, 0)) {
		errno = EINVAL;
		return -1;
	}
	pwd = pw->pw_passwd ? pw->pw_passwd : "";
	gecos = pw->pw_gecos ? pw->pw_gecos : "";
	flockfile(f);
	errno = 0;
	if (LWB_NIS(pw->pw_name))
		r = fprintf(f, "%s:%s:::", pw->pw_name, pwd);
	else
		r = fprintf(f, "%s:%s:%lu:%lu:", pw->pw_name, pwd,
			(unsigned long)pw->pw_uid, (unsigned long)pw->pw_gid);
	for (; r >= 0 && *gecos; gecos++)
		if (putc_unlocked(*gecos == ':' || *gecos == '\n' ? ' ' : *gecos, f) == EOF)
			r = -1;
	if (r >= 0)
		r = fprintf(f, ":%s:%s\n", pw->pw_dir ? pw->pw_dir : "",
			pw->pw_shell ? pw->pw_shell : "");
	funlockfile(f);
	return __lwb_put_result(r);
}
