/* Translation and names shared by the argp files. */
#define _GNU_SOURCE
#include <errno.h>
#include <libintl.h>
#include "argp_int.h"

/* argp's own messages are in glibc's "libc" text domain. */
const char *__lwb_argp_msg(const char *s)
{
	return dgettext("libc", s);
}

/* A parser's strings are in its argp_domain (the program's by default). */
const char *__lwb_argp_text(const struct argp *argp, const char *s)
{
	if (!s || !*s)
		return s;
	return argp && argp->argp_domain ? dgettext(argp->argp_domain, s) : gettext(s);
}

const char *__lwb_argp_short_name(void)
{
	return program_invocation_short_name;
}
