#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include "spent.h"

static int count(long n, FILE *f)
{
	return n == -1 ? 0 : fprintf(f, "%ld", n);
}

/* As glibc: nothing is written for a record it rejects (EINVAL): no name,
 * or ':' or '\n' in the name or password. A count of -1 and a flag of ~0
 * are empty fields. musl writes whatever it is given. */
int __wrap_putspent(const struct spwd *sp, FILE *f)
{
	long counts[6];
	int r;

	if (!sp || !f || !sp->sp_namp || !__lwb_valid_field(sp->sp_namp, 0)
	    || !__lwb_valid_field(sp->sp_pwdp, 0)) {
		errno = EINVAL;
		return -1;
	}
	counts[0] = sp->sp_lstchg;
	counts[1] = sp->sp_min;
	counts[2] = sp->sp_max;
	counts[3] = sp->sp_warn;
	counts[4] = sp->sp_inact;
	counts[5] = sp->sp_expire;
	flockfile(f);
	errno = 0;
	r = fprintf(f, "%s:%s:", sp->sp_namp, sp->sp_pwdp ? sp->sp_pwdp : "");
	for (int i = 0; r >= 0 && i < 6; i++)
		if (count(counts[i], f) < 0 || putc_unlocked(':', f) == EOF)
			r = -1;
	if (r >= 0 && sp->sp_flag != ~0UL && fprintf(f, "%lu", sp->sp_flag) < 0)
		r = -1;
	if (r >= 0 && putc_unlocked('\n', f) == EOF)
		r = -1;
	funlockfile(f);
	return __lwb_put_result(r);
}
