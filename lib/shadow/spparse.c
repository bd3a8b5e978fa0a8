#define _GNU_SOURCE
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "spent.h"

/* A day count or the flag as glibc reads them: empty is "unset" (-1, or
 * ~0 for the flag), but the day counts must be followed by ':' (only max
 * and the expiry date may end the line, and only when not empty); otherwise strtoul's syntax in base 10, the whole field,
 * at most 2^32 - 1, the day counts then taken as a 32-bit int. */
static int number(char *f, unsigned long *v)
{
	char *end;

	*v = strtoul(f, &end, 10);
	return end != f && !*end && *v <= 0xffffffffUL ? 0 : -1;
}

static int blank(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return !*s;
}

static int days(char **s, int last, long *d)
{
	int colon = strchr(*s, ':') != NULL;
	char *f = __lwb_field(s);
	unsigned long v;

	if (!colon && (!last || !*f))
		return -1;
	if (!*f) {
		*d = -1;
		return 0;
	}
	if (number(f, &v))
		return -1;
	*d = (int)(unsigned)v;
	return 0;
}

/* name:password:lastchg:min:max:warn:inactive:expire[:flag], or the old
 * short form that ends after max (what follows may be white space; the
 * rest is then unset). A NIS compat
 * entry with nothing after its name has a NULL password, 0 for the first
 * three counts and -1 for the others, as in glibc. */
int __lwb_spparse(char *line, struct spwd *sp)
{
	char *s = line, *nl = strchr(line, '\n');
	long *count[6] = {&sp->sp_lstchg, &sp->sp_min, &sp->sp_max, &sp->sp_warn,
		&sp->sp_inact, &sp->sp_expire};
	unsigned long flag;

	if (nl)
		*nl = 0;
	sp->sp_namp = __lwb_field(&s);
	if (LWB_NIS(sp->sp_namp) && !*s) {
		sp->sp_pwdp = NULL;
		sp->sp_lstchg = sp->sp_min = sp->sp_max = 0;
		sp->sp_warn = sp->sp_inact = sp->sp_expire = -1;
		sp->sp_flag = ~0UL;
		return 0;
	}
	sp->sp_pwdp = __lwb_field(&s);
	for (int i = 0; i < 6; i++) {
		if (days(&s, i == 2 || i == 5, count[i]))
			return -1;
		if (i == 2 && blank(s)) {
			sp->sp_warn = sp->sp_inact = sp->sp_expire = -1;
			sp->sp_flag = ~0UL;
			return 0;
		}
	}
	if (!*s) {
		sp->sp_flag = ~0UL;
		return 0;
	}
	if (number(s, &flag))
		return -1;
	sp->sp_flag = flag;
	return 0;
}
