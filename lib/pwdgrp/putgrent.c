#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include "pwent.h"

/* As glibc: the record is checked whole and nothing is written for one it
 * rejects (EINVAL): no name, ':' or '\n' in the name or password, and a
 * ',' too in a member. A NIS compat name has an empty gid. */
int __wrap_putgrent(const struct group *gr, FILE *f)
{
	int r;

	if (!gr || !f || !gr->gr_name || !__lwb_valid_field(gr->gr_name, 0)
	    || !__lwb_valid_field(gr->gr_passwd, 0)) {
		errno = EINVAL;
		return -1;
	}
	for (char **m = gr->gr_mem; m && *m; m++)
		if (!__lwb_valid_field(*m, 1)) {
			errno = EINVAL;
			return -1;
		}
	flockfile(f);
	errno = 0;
	if (LWB_NIS(gr->gr_name))
		r = fprintf(f, "%s:%s::", gr->gr_name, gr->gr_passwd ? gr->gr_passwd : "");
	else
		r = fprintf(f, "%s:%s:%lu:", gr->gr_name, gr->gr_passwd ? gr->gr_passwd : "",
			(unsigned long)gr->gr_gid);
	for (size_t i = 0; r >= 0 && gr->gr_mem && gr->gr_mem[i]; i++)
		if ((i && putc_unlocked(',', f) == EOF) || fputs_unlocked(gr->gr_mem[i], f) == EOF)
			r = -1;
	if (r >= 0 && putc_unlocked('\n', f) == EOF)
		r = -1;
	funlockfile(f);
	return __lwb_put_result(r);
}
